import { z } from "zod";
import { DataError, csvPlace } from "./errors.ts";
import { text } from "./cells.ts";
import type { RecordRow, RowOf, TableName } from "./record.ts";

/**
 * The one way a record row is picked by what it says, for data/claims.json and data/charts.json
 * alike: a table and the cells that pick the row(s). Pure (the record is given), so chart
 * modules can use it.
 */

/** A cell equal to a string, starting with one, or (`not`) different from one. */
export const matcherSchema = z.union([
  text("note", { optional: true }),
  z.object({ startsWith: text("note") }),
  z.object({ not: text("note", { optional: true }) }),
]);
export type Matcher = z.infer<typeof matcherSchema>;
export type Where = Record<string, Matcher>;
export const whereSchema = z.record(text("label"), matcherSchema);

/** The rows (as the CSV writes them) whose cells match every condition of `where`, in file order. */
export function select<R extends { raw: Record<string, string> }>(rows: readonly R[], where: Where): R[] {
  return rows.filter(({ raw }) =>
    Object.entries(where).every(([field, m]) =>
      typeof m === "string"
        ? raw[field] === m
        : "not" in m
          ? raw[field] !== m.not
          : (raw[field] ?? "").startsWith(m.startsWith),
    ),
  );
}

/** `period "2017-2022" and metric "us_sourced"`: a selector as a reader of an error needs it. */
export function describeWhere(where: Where): string {
  const one = ([field, m]: [string, Matcher]) =>
    typeof m === "string"
      ? `${field} "${m}"`
      : "not" in m
        ? `${field} other than "${m.not}"`
        : `${field} starting "${m.startsWith}"`;
  return Object.entries(where).map(one).join(" and ");
}

/**
 * The one row of a table a selector names. `rows` is every row of the table, withheld ones too
 * (so a withheld row is named as such, not as missing); `file` is the table's file as messages
 * show it; `reader` says who reads the row. No row, several rows, or a row flagged R is a
 * DataError naming the table's file and the row it looked for.
 */
export function selectOne<R extends RecordRow<Record<string, unknown>>>(
  rows: readonly R[],
  where: Where,
  file: string,
  reader: string,
): R {
  const hits = select(rows, where);
  const fields = Object.keys(where).join("+") || "-";
  if (hits.length === 0)
    throw new DataError(file, "rows", fields, `no row with ${describeWhere(where)}, which ${reader} reads`);
  if (hits.length > 1) {
    throw new DataError(
      file,
      "rows",
      fields,
      `${hits.length} rows with ${describeWhere(where)} (rows ${hits.map((h) => h.index + 1).join(", ")}); ${reader} reads one`,
    );
  }
  const row = hits[0]!;
  if (row.flags.includes("R"))
    throw new DataError(
      file,
      csvPlace(row.index, row.line),
      "flag",
      `is R (recalled, no source) and may not be published; ${reader} reads it`,
    );
  return row;
}

/**
 * The published rows of a table a selector names, in file order: at least one. `rows` is the
 * table's published rows, `withheld` its R rows (never returned: a selector that finds only
 * those says so). No published row is a DataError naming the table's file and the selector.
 */
export function selectSome<R extends RecordRow<Record<string, unknown>>>(
  rows: readonly R[],
  withheld: readonly R[],
  where: Where,
  file: string,
  reader: string,
): R[] {
  const hits = select(rows, where);
  if (hits.length > 0) return hits;
  const fields = Object.keys(where).join("+") || "-";
  const recalled = select(withheld, where);
  if (recalled.length > 0) {
    throw new DataError(
      file,
      "rows",
      fields,
      `every row with ${describeWhere(where)} (rows ${recalled.map((h) => h.index + 1).join(", ")}) is R (recalled, no source) and may not be published; ${reader} reads them`,
    );
  }
  throw new DataError(file, "rows", fields, `no row with ${describeWhere(where)}, which ${reader} reads`);
}

/** A chart's declared record rows: each name and the table it is read from (data/charts.json says which row). */
export type DeclaredRows = Record<string, TableName>;

/** The rows of data/charts.json, resolved when the story loads: chart id -> name -> row. */
export type ChartRows = Record<string, Record<string, RecordRow<Record<string, unknown>>>>;

/**
 * The rows a chart declared, typed by their tables, from the story's resolved data/charts.json.
 * A name the file does not give the chart, or gives from another table, is a DataError naming
 * data/charts.json and the entry.
 */
export function declaredRows<D extends DeclaredRows>(
  chartRows: ChartRows,
  chart: string,
  declared: D,
): { [K in keyof D]: RecordRow<RowOf<D[K]>> } {
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(declared)) {
    const row = chartRows[chart]?.[name];
    if (!row)
      throw new DataError(
        "data/charts.json",
        `rows.${chart}`,
        name,
        `missing: the chart ${chart} reads this row of the ${table} table`,
      );
    if (row.table !== table)
      throw new DataError(
        "data/charts.json",
        `rows.${chart}`,
        `${name}.table`,
        `is ${row.table}; the chart ${chart} reads this row from ${table}`,
      );
    out[name] = row;
  }
  return out as { [K in keyof D]: RecordRow<RowOf<D[K]>> };
}

/** The row sets of data/charts.json, resolved when the story loads: chart id -> name -> rows (one or more). */
export type ChartSets = Record<string, Record<string, RecordRow<Record<string, unknown>>[]>>;

/** The lists of data/charts.json: chart id -> name -> values, in the file's order. */
export type ChartLists = Record<string, Record<string, string[]>>;

/** A list data/charts.json gives a chart (each value checked against the record when the story loads). */
export function declaredList(chartLists: ChartLists, chart: string, name: string): readonly string[] {
  const values = chartLists[chart]?.[name];
  if (!values)
    throw new DataError("data/charts.json", `lists.${chart}`, name, `missing: the chart ${chart} reads this list`);
  return values;
}

/**
 * The row sets a chart declared (each name with its table), typed by their tables, from the
 * story's resolved data/charts.json: declaredRows for a name that stands for several rows.
 */
export function declaredSets<D extends DeclaredRows>(
  chartSets: ChartSets,
  chart: string,
  declared: D,
): { [K in keyof D]: RecordRow<RowOf<D[K]>>[] } {
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(declared)) {
    const rows = chartSets[chart]?.[name];
    if (!rows)
      throw new DataError(
        "data/charts.json",
        `sets.${chart}`,
        name,
        `missing: the chart ${chart} reads these rows of the ${table} table`,
      );
    if (rows[0]!.table !== table)
      throw new DataError(
        "data/charts.json",
        `sets.${chart}`,
        `${name}.table`,
        `is ${rows[0]!.table}; the chart ${chart} reads these rows from ${table}`,
      );
    out[name] = rows;
  }
  return out as { [K in keyof D]: RecordRow<RowOf<D[K]>>[] };
}

/**
 * An article figure a chart reads, by its id in data/figures.json (with its speaker, when the
 * chart names one): a missing one is a DataError naming the file and the reader, never a
 * "Cannot read properties of undefined".
 */
export function figureOf<F extends { id: string; speaker: string | null }>(
  figures: readonly F[],
  id: string,
  reader: string,
): F {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new DataError("data/figures.json", `figure "${id}"`, "id", `missing: ${reader} reads it`);
  return figure;
}

/** The speaker of a figure a chart attributes by name. */
export function speakerOf(figure: { id: string; speaker: string | null }, reader: string): string {
  if (figure.speaker === null)
    throw new DataError("data/figures.json", `figure "${figure.id}"`, "speaker", `empty: ${reader} names who said it`);
  return figure.speaker;
}
