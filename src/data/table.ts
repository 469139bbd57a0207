import { readFileSync } from "node:fs";
import { z } from "zod";
import { DataError, DataErrors, csvPlace } from "./errors.ts";
import { parseCsv } from "./csv-read.ts";
import { textProblem } from "./cells.ts";
import type { Flag } from "./flags.ts";

/** A problem a table rule finds in one row: the field, and what is wrong. */
export interface RowProblem {
  /** 0-based data row. */
  index: number;
  field: string;
  problem: string;
}

/**
 * One context table: its file, its zod schema (the schema is the type, and each column's
 * domain sits next to it), and where each row keeps its honesty flags and source ids, so the
 * loader can check every table the same way.
 */
export interface TableDef<S extends z.ZodObject<z.ZodRawShape>> {
  file: string;
  schema: S;
  flags: (row: z.infer<S>) => readonly Flag[];
  sourceIds: (row: z.infer<S>) => readonly string[];
  /**
   * The columns that identify a row (its natural key, or an id): no two rows may share them.
   * Several keys may be given (a centroid table is keyed by its code and by its state name).
   */
  keys: ReadonlyArray<ReadonlyArray<keyof z.infer<S> & string>>;
  /** Rules across the fields of one row (a range's low not above its high). */
  row?: (row: z.infer<S>, ctx: z.RefinementCtx) => void;
  /** Rules across rows (the shares of one group do not exceed 100 %). */
  rows?: (rows: ReadonlyArray<Located<z.infer<S>>>) => RowProblem[];
}

/** Any table, for code that handles them all alike (the loader's loop). */
export interface AnyTableDef {
  file: string;
  schema: z.ZodObject<z.ZodRawShape>;
  flags: (row: never) => readonly Flag[];
  sourceIds: (row: never) => readonly string[];
  keys: ReadonlyArray<ReadonlyArray<string>>;
  row?: (row: never, ctx: z.RefinementCtx) => void;
  rows?: (rows: never) => RowProblem[];
}

export function defineTable<S extends z.ZodObject<z.ZodRawShape>>(def: TableDef<S>): TableDef<S> {
  return def;
}

/** A parsed row with the place it came from, for error messages and audits. */
export interface Located<T> {
  row: T;
  /** 0-based data row (row 1 in messages). */
  index: number;
  /** The line of the file the row starts on (1-based; a quoted line break moves it). */
  line: number;
  raw: Record<string, string>;
}

/**
 * A rule across rows: the shares (percent) of each group, summed, do not exceed 100 by more
 * than the source's rounding could explain (half a unit of the last written digit, per share).
 */
export function sharesWithin100<T extends Record<string, unknown>>(
  share: keyof T & string,
  by: ReadonlyArray<keyof T & string>,
) {
  return (rows: ReadonlyArray<Located<T>>): RowProblem[] => {
    const groups = new Map<string, Array<Located<T>>>();
    for (const r of rows) {
      if (typeof r.row[share] !== "number") continue;
      const key = by.map((k) => String(r.row[k])).join(" / ");
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const out: RowProblem[] = [];
    for (const [key, members] of groups) {
      const sum = members.reduce((n, r) => n + (r.row[share] as number), 0);
      const slack = members.reduce((n, r) => n + 0.5 * 10 ** -((r.raw[share] ?? "").split(".")[1]?.length ?? 0), 0);
      if (sum > 100 + slack + 1e-9) {
        const last = members.at(-1)!;
        const what = by.length ? `the shares of ${by.join(", ")} "${key}"` : "the shares";
        out.push({
          index: last.index,
          field: share,
          problem: `${what} add up to ${Math.round(sum * 100) / 100} % (rows ${members.map((m) => m.index + 1).join(", ")}), more than 100 % plus rounding (${Math.round(slack * 100) / 100})`,
        });
      }
    }
    return out;
  };
}

/**
 * Reads a CSV file and parses every row with the table's schema, then the table's rules.
 * Every problem found is reported (DataErrors), each naming file, row, line and field; nothing
 * is returned half-parsed.
 */
export function readTable<S extends z.ZodObject<z.ZodRawShape>>(
  def: {
    schema: S;
    keys?: ReadonlyArray<ReadonlyArray<string>>;
    row?: (row: never, ctx: z.RefinementCtx) => void;
    rows?: (rows: never) => RowProblem[];
  },
  path: string,
  displayName: string,
): Located<z.infer<S>>[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DataError(displayName, "file", "-", "cannot be read (missing file?)");
  }
  const { header, records } = parseCsv(text, displayName);
  if (header === null)
    throw new DataError(
      displayName,
      "line 1 (header)",
      "-",
      "the file is empty: it needs a header and at least one data row",
    );
  const names = header.cells;
  const problems: DataError[] = [];
  const columns = Object.keys(def.schema.shape);
  names.forEach((name, i) => {
    const p = textProblem(name, "code");
    if (p) problems.push(new DataError(displayName, "line 1 (header)", `column ${i + 1}`, p));
    else if (names.indexOf(name) !== i)
      problems.push(
        new DataError(
          displayName,
          "line 1 (header)",
          name,
          `the column appears twice (columns ${names.indexOf(name) + 1} and ${i + 1})`,
        ),
      );
  });
  for (const column of columns) {
    if (!names.includes(column))
      problems.push(
        new DataError(displayName, "line 1 (header)", column, `missing column (header has: ${names.join(", ")})`),
      );
  }
  if (problems.length > 0) throw new DataErrors(problems);
  if (records.length === 0) {
    throw new DataError(
      displayName,
      `line ${header.line + 1}`,
      "-",
      "the table has a header but no data rows; the site needs at least one",
    );
  }

  const schema = def.row ? def.schema.superRefine(def.row as (row: unknown, ctx: z.RefinementCtx) => void) : def.schema;
  const parsed: Located<z.infer<S>>[] = [];
  records.forEach(({ cells, line }, index) => {
    const place = csvPlace(index, line);
    if (cells.length !== names.length) {
      // An unquoted comma shifts every cell after it: refuse the row rather than guess.
      problems.push(
        new DataError(
          displayName,
          place,
          names[Math.min(cells.length, names.length) - 1] ?? "-",
          `has ${cells.length} cells, the header ${names.length} (an unquoted comma?)`,
        ),
      );
      return;
    }
    const raw = Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]));
    // Columns the schema does not read still reach no page, but are held to the text rules.
    for (const name of names.filter((c) => !columns.includes(c))) {
      const p = textProblem(raw[name]!, "note");
      if (p) problems.push(new DataError(displayName, place, name, p));
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "-");
        if (seen.has(field)) continue;
        seen.add(field);
        problems.push(new DataError(displayName, place, field, issue.message));
      }
      return;
    }
    parsed.push({ row: result.data, index, line, raw });
  });

  // Rules across rows run on the rows that parsed.
  const lineOf = (index: number) => records[index]!.line;
  for (const key of def.keys ?? []) {
    const first = new Map<string, Located<z.infer<S>>>();
    for (const r of parsed) {
      const k = JSON.stringify(key.map((c) => r.raw[c]!.trim()));
      const earlier = first.get(k);
      if (earlier) {
        const what =
          key.length === 1
            ? `duplicate ${key[0]} "${r.raw[key[0]!]!.trim()}"`
            : `duplicate row: ${key.map((c) => `${c} "${r.raw[c]!.trim()}"`).join(", ")}`;
        problems.push(
          new DataError(
            displayName,
            csvPlace(r.index, r.line),
            key.join("+"),
            `${what}, as in ${csvPlace(earlier.index, earlier.line)}`,
          ),
        );
      } else first.set(k, r);
    }
  }
  for (const p of def.rows?.(parsed as never) ?? [])
    problems.push(new DataError(displayName, csvPlace(p.index, lineOf(p.index)), p.field, p.problem));

  if (problems.length > 0) throw new DataErrors(problems);
  return parsed;
}
