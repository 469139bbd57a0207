import type { APIRoute } from "astro";
import { chartPaths, siteChart, siteCharts } from "../../render/site-charts.ts";
import { standaloneSvg } from "../../downloads/standalone-svg.ts";
import { svgToPng } from "../../downloads/png.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => {
  const { svg, width } = standaloneSvg(siteChart(params.id!), siteCharts().text.ui["siteName"]!);
  return new Response(new Uint8Array(svgToPng(svg, width)), { headers: { "content-type": "image/png" } });
};
