import type { RenderedChart } from "../render/chart.ts";
import type { SiteText } from "../i18n/text.ts";
import { shortPublisher, sourceLink } from "../data/context/source-display.ts";
import { DATA_LICENSE, absolute, paths } from "./urls.ts";

/** A source as download metadata: enough to find and cite it. */
export function sourceMeta(s: RenderedChart["sources"][number]) {
  return {
    id: s.source_id,
    publisher: shortPublisher(s),
    title: s.title,
    url: s.url.links[0] ?? null,
    https: sourceLink(s),
    reference: s.url.text,
    date: s.date,
    flag: s.verification.flag,
  };
}

/** How an edition writes a chart's coded table cells in words: column -> code -> words. */
function cellWords(chart: RenderedChart): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const col of chart.columns.filter((c) => c.type === "string")) {
    for (const row of chart.rows) {
      const value = row[col.key];
      if (typeof value !== "string" || value === "") continue;
      const shown = chart.cell(col.key, value);
      if (shown !== value) (out[col.key] ??= {})[value] = shown;
    }
  }
  return out;
}

/** A chart's metadata in one edition: what its page shows, in its language. */
function edition(chart: RenderedChart, text: SiteText, site: string) {
  const lang = text.lang;
  return {
    title: chart.title,
    description: chart.dek,
    alt: chart.alt,
    notes: chart.notes,
    url: absolute(site, paths.chart(chart.id, lang)),
    embed: absolute(site, paths.embed(chart.id, lang)),
    images: {
      svg: absolute(site, paths.image(chart.id, "svg", lang)),
      png: absolute(site, paths.image(chart.id, "png", lang)),
    },
    attribution: chart.reportedBy.length > 0 ? `${text.ui["asReportedBy"]} ${chart.reportedBy.join(", ")}` : null,
    // Every published version of the data, with the correction that made it, and where it stays.
    version: chart.history?.version ?? 1,
    date: chart.history?.date ?? null,
    versions: (chart.history?.versions ?? []).map((v) => ({
      ...v,
      csv: absolute(site, paths.dataVersion(chart.id, v.version, "csv")),
      json: absolute(site, paths.dataVersion(chart.id, v.version, "json")),
    })),
    columns: Object.fromEntries(
      chart.columns.map((col) => [col.key, { label: col.label, description: col.description }]),
    ),
    cells: cellWords(chart),
  };
}

/**
 * `/data/<id>.json`: `{chart, columns, rows}` — the chart's metadata, its column descriptions
 * and its rows (codes as the record writes them); `chart.translations` carries the same
 * metadata in the other editions, with their attribution and their words for coded cells.
 */
export function chartJson(
  main: { chart: RenderedChart; text: SiteText },
  site: string,
  translations: Array<{ chart: RenderedChart; text: SiteText }> = [],
) {
  const { chart, text } = main;
  const { columns: _columns, ...meta } = edition(chart, text, site);
  return {
    chart: {
      id: chart.id,
      lang: text.lang,
      ...meta,
      license: DATA_LICENSE,
      sources: chart.sources.map(sourceMeta),
      translations: Object.fromEntries(translations.map((t) => [t.text.lang, edition(t.chart, t.text, site)])),
    },
    columns: chart.columns.map(({ key, type, label, description }) => ({ key, type, label, description })),
    rows: chart.rows,
  };
}
