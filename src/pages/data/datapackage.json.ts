import type { APIRoute } from "astro";
import { siteCharts } from "../../render/site-charts.ts";
import { sourceMeta } from "../../downloads/json.ts";
import { DATA_LICENSE, siteUrl } from "../../downloads/site.ts";

const FIELD_TYPE: Record<string, string> = { number: "number", year: "year", string: "string", date: "date" };

/**
 * Every chart table as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * tools that read data packages open the whole set, with schemas, sources and licences.
 */
export const GET: APIRoute = ({ site }) => {
  const base = siteUrl(site);
  const { text, charts } = siteCharts();
  const sources = new Map(charts.flatMap((c) => c.sources.map((s) => [s.source_id, s] as const)));
  const pkg = {
    profile: "tabular-data-package",
    name: "us-mexico-arms-trafficking",
    title: text.ui["siteName"],
    description: text.ui["storyDek"],
    homepage: `${base}/`,
    licenses: [DATA_LICENSE],
    sources: [...sources.values()].map((s) => ({ title: `${sourceMeta(s).publisher}: ${s.title}`, path: sourceMeta(s).url ?? undefined })),
    resources: charts.map((c) => ({
      name: c.id,
      path: `${c.id}.csv`,
      profile: "tabular-data-resource",
      title: c.title,
      description: c.dek,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      licenses: [DATA_LICENSE],
      sources: c.sources.map((s) => ({ title: `${sourceMeta(s).publisher}: ${s.title}`, path: sourceMeta(s).url ?? undefined })),
      schema: {
        fields: c.columns.map((col) => ({ name: col.key, title: col.label, description: col.description, type: FIELD_TYPE[col.type] ?? "string" })),
      },
    })),
  };
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};
