import type { APIRoute } from "astro";
import { chartPaths, siteChart, siteCharts } from "../../render/site-charts.ts";
import { chartJson } from "../../downloads/json.ts";
import { siteAddress } from "../../downloads/site.ts";

export const getStaticPaths = chartPaths;

const edition = (id: string, lang: string) => ({ chart: siteChart(id, lang), text: siteCharts(lang).text });

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(chartJson(edition(params.id!, "en"), siteAddress(site), [edition(params.id!, "es")]), null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });
