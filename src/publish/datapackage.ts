import type { RenderedChart } from "../render/chart.ts";
import type { SiteText } from "../i18n/text.ts";
import { sourceMeta } from "./json.ts";
import { DATA_LICENSE, absolute, paths } from "./urls.ts";

const FIELD_TYPE: Record<string, string> = { number: "number", year: "year", string: "string", date: "date" };

/** A number column whose every value is a whole number is an integer column (counts, years). */
function fieldType(chart: RenderedChart, key: string, type: string): string {
  const values = chart.rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== "");
  if (type === "number" && values.length > 0 && values.every((v) => Number.isInteger(Number(v)))) return "integer";
  return FIELD_TYPE[type] ?? "string";
}

/**
 * Every chart table as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * tools that read data packages open the whole set, with schemas, sources and licences.
 */
export function dataPackage(charts: RenderedChart[], text: SiteText, corrections: number, base: string) {
  const sources = new Map(charts.flatMap((c) => c.sources.map((s) => [s.source_id, s] as const)));
  const pkg = {
    profile: "tabular-data-package",
    name: "us-mexico-arms-trafficking",
    title: text.ui["siteName"],
    description: text.ui["storyDek"],
    homepage: absolute(base, paths.story()),
    // Semantic: each correction to a published number raises the minor version.
    version: `1.${corrections}.0`,
    licenses: [DATA_LICENSE],
    sources: [...sources.values()].map((s) => ({
      title: `${sourceMeta(s).publisher}: ${s.title}`,
      path: sourceMeta(s).url ?? undefined,
    })),
    resources: charts.map((c) => ({
      name: c.id,
      path: paths.dataPackageResource(c.id),
      profile: "tabular-data-resource",
      title: c.title,
      description: c.dek,
      format: "csv",
      // This table's own published version; every earlier one stays at its own address.
      version: c.history?.version ?? 1,
      versions: (c.history?.versions ?? []).map((v) => ({
        version: v.version,
        date: v.date,
        path: absolute(base, paths.dataVersion(c.id, v.version, "csv")),
      })),
      mediatype: "text/csv",
      // The CSVs start with a byte-order mark, so that Excel reads them as UTF-8: "utf-8-sig".
      encoding: "utf-8-sig",
      licenses: [DATA_LICENSE],
      sources: c.sources.map((s) => ({
        title: `${sourceMeta(s).publisher}: ${s.title}`,
        path: sourceMeta(s).url ?? undefined,
      })),
      schema: {
        fields: c.columns.map((col) => ({
          name: col.key,
          title: col.label,
          description: col.description,
          type: fieldType(c, col.key, col.type),
        })),
      },
    })),
  };
  return pkg;
}
