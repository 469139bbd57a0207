import { readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { z } from "zod";
import { DataError, csvPlace } from "./errors.ts";
import type { Flag } from "./flags.ts";

/**
 * One context table: its file, its zod schema (the schema is the type), and where each row
 * keeps its honesty flags and source ids, so the loader can check every table the same way.
 */
export interface TableDef<S extends z.ZodObject<z.ZodRawShape>> {
  file: string;
  schema: S;
  flags: (row: z.infer<S>) => readonly Flag[];
  sourceIds: (row: z.infer<S>) => readonly string[];
}

/** Any table, for code that handles them all alike (the loader's loop). */
export interface AnyTableDef {
  file: string;
  schema: z.ZodObject<z.ZodRawShape>;
  flags: (row: never) => readonly Flag[];
  sourceIds: (row: never) => readonly string[];
}

export function defineTable<S extends z.ZodObject<z.ZodRawShape>>(def: TableDef<S>): TableDef<S> {
  return def;
}

/** A parsed row with the place it came from, for error messages and audits. */
export interface Located<T> {
  row: T;
  index: number;
  raw: Record<string, string>;
}

/**
 * Reads a CSV file and parses every row with the table's schema. The first problem found
 * throws a DataError naming file, row and field; nothing is returned half-parsed.
 */
export function readTable<S extends z.ZodObject<z.ZodRawShape>>(
  def: { schema: S },
  path: string,
  displayName: string,
): Located<z.infer<S>>[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DataError(displayName, "file", "-", "cannot be read (missing file?)");
  }
  const [header = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, ""));
  const columns = Object.keys(def.schema.shape);
  for (const column of columns) {
    if (!header.includes(column)) {
      throw new DataError(displayName, "line 1 (header)", column, `missing column (header has: ${header.join(", ")})`);
    }
  }
  return records
    .map((cells, index) => ({ cells, index }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === ""))
    .map(({ cells, index }) => {
      if (cells.length !== header.length) {
        // An unquoted comma shifts every cell after it: refuse the row rather than guess.
        throw new DataError(displayName, csvPlace(index), header[Math.min(cells.length, header.length) - 1] ?? "-", `has ${cells.length} cells, the header ${header.length} (an unquoted comma?)`);
      }
      const raw = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new DataError(displayName, csvPlace(index), String(issue.path[0] ?? "-"), issue.message);
      }
      return { row: parsed.data, index, raw };
    });
}
