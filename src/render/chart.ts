import type { Story } from "../data/story.ts";
import type { Locale } from "../data/format.ts";
import type { SourceRow } from "../data/context/sources.ts";
import type { ChartHistory } from "../data/versions.ts";
import type { SiteText, ChartText } from "../i18n/text.ts";
import { PlaceholderError } from "../i18n/fill.ts";
import { DataError } from "../data/errors.ts";
import type { ChartSpec, DownloadRow, TextTools } from "../charts/types.ts";
import { textTools } from "../charts/kit/text-tools.ts";
import { reportersOf } from "../charts/kit/provenance.ts";
import { renderSvg } from "./svg.ts";
import { ARTBOARDS } from "../charts/kit/artboards.ts";
import { noBreaks } from "../data/format.ts";

/** Everything a figure shows, in one language: text filled, rows, sources, artboards. */
export interface RenderedChart {
  id: string;
  title: string;
  dek: string;
  alt: string;
  notes: string[];
  rows: DownloadRow[];
  columns: Array<{ key: string; type: string; label: string; description: string }>;
  sources: SourceRow[];
  /** Publishers of the V2 values: "as reported by ...". */
  reportedBy: string[];
  artboards: Array<{ width: number; svg: string }>;
  tools: TextTools;
  /** Its published versions and corrections (attached by src/publish/rendered.ts). */
  history?: ChartHistory;
  /** A data-table cell as the edition writes it: coded values and names in words, the rest as is. */
  cell(column: string, value: string): string;
  /**
   * The reader's "Show the data" table: one row per download row, the columns a reader compares
   * (no ids or coordinates), every cell already written in the edition's words, numbers and dates.
   */
  table: { columns: Array<{ key: string; type: string; label: string; description: string }>; rows: string[][] };
}

/** A chart's text: under the spec's id, or a key given directly. */
export function chartText(text: SiteText, spec: string | Pick<ChartSpec, "id">): ChartText {
  const key = typeof spec === "string" ? spec : spec.id;
  const t = text.charts[key];
  if (!t) throw new Error(`data/text/${text.lang}.json: missing charts.${key}`);
  return t;
}

/**
 * Renders one chart in one edition. A text the chart cannot fill (a placeholder it has no value
 * for, a label key its data needs and the text lacks) is a DataError naming the edition's file
 * and the key, whichever artboard or mark first needed it.
 */
export function renderChart(
  spec: ChartSpec<DownloadRow>,
  story: Story,
  text: SiteText,
  locale: Locale = text.locale,
): RenderedChart {
  try {
    return render(spec, story, text, locale);
  } catch (e) {
    const file = `data/text/${text.lang}.json`;
    const key = spec.id;
    if (e instanceof PlaceholderError) {
      const ct = text.charts[key];
      const path = ct ? findTemplate(ct, e.template) : null;
      throw new DataError(
        file,
        `charts.${key}`,
        path ?? "-",
        `unknown placeholder {${e.placeholder}}: this chart's text can use ${e.known.map((k) => `{${k}}`).join(", ")}`,
      );
    }
    const missing =
      e instanceof Error ? /^data\/text: missing charts\.[^.]+\.(labels|annotations)\.(.+)$/.exec(e.message) : null;
    if (missing)
      throw new DataError(
        file,
        `charts.${key}.${missing[1]}`,
        missing[2]!,
        "missing: the chart's data needs this text",
      );
    throw e;
  }
}

/** The key path of a template inside a chart's text ("labels.state", "notes[1]"). */
function findTemplate(value: unknown, template: string, prefix = ""): string | null {
  if (value === template) return prefix || null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findTemplate(v, template, `${prefix}[${i}]`);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = findTemplate(v, template, prefix ? `${prefix}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

function render(spec: ChartSpec<DownloadRow>, story: Story, text: SiteText, locale: Locale): RenderedChart {
  const rows = spec.rows(story);
  const ct = chartText(text, spec);
  const tools = textTools(spec, rows, story, ct, locale, text.names);
  const annotations = spec.annotations(rows, story, tools);
  const inputs = spec.inputs?.(story);
  const ids = [...new Set(rows.flatMap((r) => r.source_id.split(";")))];
  const sources = ids.map((id) => {
    const s = story.record.sources.get(id);
    if (!s) throw new Error(`${spec.id}: unknown source id ${id}`);
    return s;
  });
  const columns = spec.columns.map((c) => {
    const col = ct.columns[c.key];
    if (!col) throw new Error(`data/text/${text.lang}.json: missing charts.${spec.id}.columns.${c.key}`);
    return { ...c, ...col };
  });
  // A list cell ("U.S. GAO; Anadolu Agency") has each of its names written the edition's way.
  const cell = (column: string, value: string) =>
    noBreaks(
      ct.cells[column]?.[value] ??
        text.names[value] ??
        value
          .split("; ")
          .map((v) => text.names[v] ?? v)
          .join("; "),
    );
  const tableColumns = columns.filter((c) => c.table !== false);
  const tableCell = (row: DownloadRow, c: (typeof columns)[number]): string => {
    const custom = spec.tableCell?.(row, c.key, tools);
    if (custom !== undefined) return noBreaks(custom);
    const value = row[c.key];
    if (value === null || value === undefined || value === "") return "—";
    if (c.type === "number") return tools.number(Number(value), 2);
    // A date (a date column, or a day in a period column) reads as a date ("July 27, 2023"), not as ISO: the downloads keep YYYY-MM-DD.
    if (c.type === "date" || /^\d{4}-\d{2}-\d{2}$/.test(String(value))) return tools.date(String(value));
    // A combined flag ("C/X") is written part by part.
    if (c.key === "flag")
      return String(value)
        .split("/")
        .map((f) => cell("flag", f))
        .join("; ");
    return cell(c.key, String(value));
  };
  const reportedBy = reportersOf(rows);
  return {
    id: spec.id,
    title: tools.t(ct.title),
    dek: tools.t(ct.dek),
    alt: tools.t(ct.alt),
    notes: ct.notes.map((n) => tools.t(n)),
    rows,
    columns,
    sources,
    reportedBy,
    artboards: ARTBOARDS.map((width) => ({
      width,
      svg: renderSvg(spec, rows, { ...tools, width, annotations, inputs }),
    })),
    tools,
    cell,
    table: { columns: tableColumns, rows: rows.map((r) => tableColumns.map((c) => tableCell(r, c))) },
  };
}
