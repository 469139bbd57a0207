import type { APIRoute } from "astro";
import { chartImage, chartPaths } from "../../render/site-charts.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => new Response(chartImage(params.id!).svg, { headers: { "content-type": "image/svg+xml" } });
