import { DataError } from "./errors.ts";

/** One CSV record with the line it starts on (1-based), so messages stay right after a quoted field with line breaks. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

const BREAK = /[,\r\n]/g;

/**
 * Parses CSV text (RFC 4180: comma separated, double quotes around a field that holds commas,
 * quotes or line breaks, a quote doubled inside one). Unlike a lenient parser it refuses what
 * it would otherwise guess at: a quoted field never closed, or text after a closing quote.
 * Blank lines are skipped. A leading byte-order mark is dropped.
 */
export function parseCsv(input: string, file: string): { header: CsvRecord | null; records: CsvRecord[] } {
  const text = input.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    // One record: cells until an unquoted line break or the end.
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= n)
            throw new DataError(
              file,
              `line ${opened}`,
              `cell ${cells.length + 1}`,
              'a quoted field opened here is never closed (a missing ")',
            );
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n") line++;
          cell += c;
          i++;
        }
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          const span = line === opened ? "" : ` (it opened on line ${opened}: a quote missing there?)`;
          throw new DataError(
            file,
            `line ${line}`,
            `cell ${cells.length + 1}`,
            `text after a closing quote ("${text.slice(i, i + 20)}")${span}: quote the whole field and double the quotes inside it`,
          );
        }
      } else {
        BREAK.lastIndex = i;
        const stop = BREAK.exec(text)?.index ?? n;
        cell = text.slice(i, stop);
        i = stop;
      }
      cells.push(cell);
      if (i >= n) break;
      if (text[i] === ",") {
        i++;
        if (i >= n) {
          cells.push("");
          break;
        }
        continue;
      }
      // A line break ends the record: \n, \r\n or a lone \r.
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === "")) records.push({ cells, line: start });
  }
  const [header = null, ...rest] = records;
  return { header, records: rest };
}
