import type { APIRoute } from "astro";
import { chartImage, chartPaths } from "../../render/site-charts.ts";
import { svgToPng } from "../../downloads/png.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => {
  const { svg, width } = chartImage(params.id!);
  return new Response(new Uint8Array(svgToPng(svg, width)), { headers: { "content-type": "image/png" } });
};
