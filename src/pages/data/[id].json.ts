import type { APIRoute } from "astro";
import { chartPaths, siteChart } from "../../render/site-charts.ts";
import { chartJson } from "../../downloads/json.ts";
import { siteAddress } from "../../downloads/site.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(chartJson(siteChart(params.id!), siteAddress(site), "en", { es: siteChart(params.id!, "es") }), null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });
