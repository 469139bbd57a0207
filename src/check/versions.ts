import { csvParse } from "d3-dsv";
import type { RenderedChart } from "../render/chart.ts";
import { toCsv } from "../publish/csv.ts";
import type { Correction, Versions } from "../data/versions.ts";

/** One cell, or row, that differs between a chart's latest published version and its rows now. */
export interface Change {
  row: string;
  field: string;
  published: string;
  now: string;
  /**
   * Every published cell is a value (a count, a period, a date, a flag, a source): changing one
   * is a correction. Only a new order of the same rows is not.
   */
  value: boolean;
}

const NUMERIC = new Set(["number", "year"]);
const shown = (v: string, numeric: boolean) =>
  numeric && v !== "" && Number.isFinite(Number(v)) ? Number(v).toLocaleString("en-US") : `"${v}"`;

/**
 * The cells that differ between two CSVs of one chart, named by row and field. Rows are matched
 * by their leading columns (up to the first count or share: "Texas / 2022-2023"), so an inserted
 * or re-sorted row is one change, not a cascade; by position where those do not name rows uniquely.
 */
export function changes(published: string, current: string, chart: Pick<RenderedChart, "columns">): Change[] {
  const [before, after] = [published, current].map((csv) => csvParse(csv.replace(/^\uFEFF/, "")));
  const firstNumber = chart.columns.findIndex((c) => c.type === "number");
  const keys = chart.columns.slice(0, firstNumber < 0 ? 1 : Math.max(firstNumber, 1)).map((c) => c.key);
  const keyOf = (row: Record<string, string>) => keys.map((k) => row[k] ?? "").join(" / ");
  const label = (row: Record<string, string>, i: number) => {
    const text = keys
      .map((k) => row[k] ?? "")
      .filter(Boolean)
      .join(" / ");
    return text ? `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"` : `${i + 1}`;
  };
  const unique = (rows: Array<Record<string, string>>) => new Set(rows.map(keyOf)).size === rows.length;
  const byKey = unique(before!) && unique(after!);
  const out: Change[] = [];
  const fields = [...new Set([...before!.columns, ...after!.columns])];
  const compare = (b: Record<string, string>, a: Record<string, string>, i: number) => {
    for (const f of fields) {
      if ((b[f] ?? "") === (a[f] ?? "")) continue;
      const numeric = NUMERIC.has(chart.columns.find((c) => c.key === f)?.type ?? "string");
      out.push({
        row: label(a, i),
        field: f,
        published: shown(b[f] ?? "", numeric),
        now: shown(a[f] ?? "", numeric),
        value: true,
      });
    }
  };
  if (byKey) {
    const now = new Map(after!.map((r, i) => [keyOf(r), { r, i }]));
    const then = new Map(before!.map((r, i) => [keyOf(r), { r, i }]));
    before!.forEach((b, i) => {
      const a = now.get(keyOf(b));
      if (a) compare(b, a.r, a.i);
      else out.push({ row: label(b, i), field: "(row)", published: "a row", now: "no row", value: true });
    });
    after!.forEach((a, i) => {
      if (!then.has(keyOf(a)))
        out.push({ row: label(a, i), field: "(row)", published: "no row", now: "a row", value: true });
    });
  } else {
    for (let i = 0; i < Math.max(before!.length, after!.length); i++) {
      const [b, a] = [before![i], after![i]];
      if (b && a) compare(b, a, i);
      else
        out.push({
          row: label((a ?? b)!, i),
          field: "(row)",
          published: b ? "a row" : "no row",
          now: a ? "a row" : "no row",
          value: true,
        });
    }
  }
  // The same rows and values in another order (or quoted differently): the file changed, no value did.
  if (out.length === 0 && published !== current)
    out.push({ row: "(all)", field: "(order)", published: "one order", now: "another", value: false });
  return out;
}

/** Corrections logged for a chart that no version records yet. */
export const pendingCorrections = (id: string, versions: Versions): Correction[] =>
  versions.corrections.filter(
    (c) => c.chart === id && !(versions.index[id] ?? []).some((v) => v.corrections?.includes(c.id)),
  );

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
      ? "record a new version (npm run record-version); the same rows in a new order need no correction"
      : pending.length > 0
        ? `${pending.map((c) => `correction "${c.id}"`).join(", ")} logged: record the new version (npm run record-version)`
        : "log a correction in data/corrections.json, then npm run record-version";
    for (const c of found) {
      lines.push(
        `Version error: ${chart.id}: row ${c.row}, field "${c.field}": published ${c.published} (version ${latest.version}, ${latest.date}), now ${c.now}: ${todo}`,
      );
    }
  }
  return lines;
}
