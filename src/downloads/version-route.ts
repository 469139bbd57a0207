import type { APIRoute } from "astro";
import { csvParse } from "d3-dsv";
import { siteChart, siteVersions } from "../render/site-charts.ts";

const published = () => Object.entries(siteVersions().index).flatMap(([id, list]) => list.map((v) => ({ params: { id, version: String(v.version) } })));

/**
 * `/data/<id>.v<N>.csv` and `.json`: a version as it was published, kept for good. The CSV is
 * the recorded file byte for byte; the JSON holds its rows typed by the chart's columns.
 */
export function versionRoute(ext: "csv" | "json"): { getStaticPaths: typeof published; GET: APIRoute } {
  return {
    getStaticPaths: published,
    GET: ({ params }) => {
      const id = params.id!;
      const version = Number(params.version);
      const versions = siteVersions();
      const csv = versions.snapshot(id, version);
      if (ext === "csv") return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
      const entry = versions.index[id]!.find((v) => v.version === version)!;
      const columns = siteChart(id).columns;
      const numeric = new Set(columns.filter((c) => c.type === "number" || c.type === "year").map((c) => c.key));
      const rows = csvParse(csv.replace(/^\uFEFF/, "")).map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === "" ? null : numeric.has(k) ? Number(v) : v.replace(/^'(?=[=+\-@\t\r])/, "")])),
      );
      const body = { chart: { id, version, date: entry.date, correction: entry.correction ?? null }, rows };
      return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "content-type": "application/json" } });
    },
  };
}
