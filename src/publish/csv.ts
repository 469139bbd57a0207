import { csvFormatRow } from "d3-dsv";
import type { DownloadRow } from "../charts/types.ts";

/**
 * A cell a spreadsheet would run as a formula (CSV injection, OWASP): text starting with
 * = + - @, tab or carriage return. Such text gets a leading apostrophe, which spreadsheets
 * show as text; numbers are never touched, so -5 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV for a chart download: UTF-8 with a byte-order mark (Excel then opens accents intact),
 * a header row of column keys, one row per data point. Quoting is d3-dsv's (RFC 4180).
 */
export function toCsv(rows: DownloadRow[], columns: Array<{ key: string; type: string }>): string {
  const body = rows.map((row) =>
    columns.map(({ key, type }) => {
      const value = row[key];
      if (value === null || value === undefined) return "";
      if (type === "number" || type === "year") {
        if (typeof value !== "number" || !Number.isFinite(value))
          throw new Error(`column ${key}: expected a number, got ${String(value)}`);
        return String(value);
      }
      return neutralise(String(value));
    }),
  );
  // RFC 4180: CRLF between records, and after the last.
  return `\uFEFF${[columns.map((c) => c.key), ...body].map((r) => csvFormatRow(r)).join("\r\n")}\r\n`;
}
