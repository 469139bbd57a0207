import { csvParse } from "d3-dsv";
import type { RenderedChart } from "../render/chart.ts";
import { toCsv } from "../downloads/csv.ts";
import type { Correction, Versions } from "../data/versions.ts";

/** One cell that differs between a chart's latest published version and its rows now. */
export interface Change {
  row: string;
  field: string;
  published: string;
  now: string;
  /** A number (or a row added or removed): a correction. Text only: a new version, no correction. */
  value: boolean;
}

const NUMERIC = new Set(["number", "year"]);
const shown = (v: string, numeric: boolean) => (numeric && v !== "" && Number.isFinite(Number(v)) ? Number(v).toLocaleString("en-US") : `"${v}"`);

/** The cells that differ between two CSVs of one chart, named by row and field. */
export function changes(published: string, current: string, chart: Pick<RenderedChart, "columns">): Change[] {
  const [before, after] = [published, current].map((csv) => csvParse(csv.replace(/^\uFEFF/, "")));
  // A row is named by its leading columns up to the first count or share ("Texas", "total / 2019 / all").
  const firstNumber = chart.columns.findIndex((c) => c.type === "number");
  const keys = chart.columns.slice(0, firstNumber < 0 ? 1 : Math.max(firstNumber, 1)).map((c) => c.key);
  const name = (row: Record<string, string> | undefined, i: number) => {
    const label = keys.map((k) => row?.[k] ?? "").filter(Boolean).join(" / ");
    return label ? `"${label.length > 60 ? `${label.slice(0, 59)}…` : label}"` : `${i + 1}`;
  };
  const out: Change[] = [];
  const fields = [...new Set([...before!.columns, ...after!.columns])];
  for (let i = 0; i < Math.max(before!.length, after!.length); i++) {
    const [b, a] = [before![i], after![i]];
    if (!b || !a) {
      out.push({ row: name(a ?? b, i), field: "(row)", published: b ? "a row" : "no row", now: a ? "a row" : "no row", value: true });
      continue;
    }
    for (const f of fields) {
      if ((b[f] ?? "") === (a[f] ?? "")) continue;
      const numeric = NUMERIC.has(chart.columns.find((c) => c.key === f)?.type ?? "string");
      out.push({ row: name(a, i), field: f, published: shown(b[f] ?? "", numeric), now: shown(a[f] ?? "", numeric), value: numeric });
    }
  }
  return out;
}

/** Corrections logged for a chart that no version records yet. */
export const pendingCorrections = (id: string, versions: Versions): Correction[] =>
  versions.corrections.filter((c) => c.chart === id && !(versions.index[id] ?? []).some((v) => v.correction === c.id));

/**
 * The build's refusal of a silent change: one line per changed cell of every chart whose rows
 * differ from its latest published version, saying what to do. A chart never published (no
 * version yet) passes: its first `npm run record-version` makes it version 1.
 */
export function versionProblems(charts: RenderedChart[], versions: Versions): string[] {
  const lines: string[] = [];
  for (const chart of charts) {
    const list = versions.index[chart.id] ?? [];
    const latest = list.at(-1);
    if (!latest) continue;
    const found = changes(versions.snapshot(chart.id, latest.version), toCsv(chart.rows, chart.columns), chart);
    if (found.length === 0) continue;
    const valueChange = found.some((c) => c.value);
    const pending = pendingCorrections(chart.id, versions);
    const todo = !valueChange
      ? "record a new version (npm run record-version); a change of text only needs no correction"
      : pending.length > 0
        ? `correction "${pending.at(-1)!.id}" is logged: record the new version (npm run record-version)`
        : "log a correction in data/corrections.json, then npm run record-version";
    for (const c of found) {
      lines.push(`Version error: ${chart.id}: row ${c.row}, field "${c.field}": published ${c.published} (version ${latest.version}, ${latest.date}), now ${c.now}: ${todo}`);
    }
  }
  return lines;
}
