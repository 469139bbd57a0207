import type { RenderedChart } from "../render/chart.ts";
import { shortPublisher, sourceLink } from "../data/context/sources.ts";
import { DATA_LICENSE, absolute, paths } from "./site.ts";

/** A source as download metadata: enough to find and cite it. */
export function sourceMeta(s: RenderedChart["sources"][number]) {
  return { id: s.source_id, publisher: shortPublisher(s), title: s.title, url: s.url.links[0] ?? null, https: sourceLink(s), reference: s.url.text, date: s.date, flag: s.verification.flag };
}

/**
 * `/data/<id>.json`: `{chart, columns, rows}` — the chart's metadata, its column descriptions
 * and its rows; `chart.translations` carries the same metadata in the other editions.
 */
export function chartJson(chart: RenderedChart, site: string, lang: string, translations: Record<string, RenderedChart> = {}) {
  return {
    chart: {
      id: chart.id,
      lang,
      title: chart.title,
      description: chart.dek,
      alt: chart.alt,
      notes: chart.notes,
      url: absolute(site, paths.chart(chart.id, lang)),
      embed: absolute(site, paths.embed(chart.id, lang)),
      attribution: chart.reportedBy.length > 0 ? `as reported by ${chart.reportedBy.join(", ")}` : null,
      license: DATA_LICENSE,
      sources: chart.sources.map(sourceMeta),
      translations: Object.fromEntries(
        Object.entries(translations).map(([l, c]) => [
          l,
          {
            title: c.title,
            description: c.dek,
            alt: c.alt,
            notes: c.notes,
            url: absolute(site, paths.chart(c.id, l)),
            columns: Object.fromEntries(c.columns.map((col) => [col.key, { label: col.label, description: col.description }])),
          },
        ]),
      ),
    },
    columns: chart.columns.map(({ key, type, label, description }) => ({ key, type, label, description })),
    rows: chart.rows,
  };
}
