import type { APIRoute } from "astro";
import { chartPaths, siteChart } from "../../publish/rendered.ts";
import { toCsv } from "../../publish/csv.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = siteChart(params.id!);
  return new Response(toCsv(chart.rows, chart.columns), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
