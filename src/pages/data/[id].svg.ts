import type { APIRoute } from "astro";
import { chartPaths, siteChart, siteCharts } from "../../render/site-charts.ts";
import { standaloneSvg } from "../../downloads/standalone-svg.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(siteChart(params.id!), siteCharts().text.ui["siteName"]!).svg, { headers: { "content-type": "image/svg+xml" } });
