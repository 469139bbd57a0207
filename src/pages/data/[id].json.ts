import type { APIRoute } from "astro";
import { chartPaths, siteChart, siteCharts } from "../../publish/rendered.ts";
import { chartJson } from "../../publish/json.ts";
import { siteAddress } from "../../publish/urls.ts";

export const getStaticPaths = chartPaths;

const edition = (id: string, lang: string) => ({ chart: siteChart(id, lang), text: siteCharts(lang).text });

export const GET: APIRoute = ({ params, site }) =>
  new Response(
    `${JSON.stringify(chartJson(edition(params.id!, "en"), siteAddress(site), [edition(params.id!, "es")]), null, 2)}\n`,
    {
      headers: { "content-type": "application/json" },
    },
  );
