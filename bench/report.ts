/** The bench's figures: one row each, with its budget (if any) and whether it was met. */

export type Status = "OK" | "OVER" | "MISS" | "info" | "n/a";

export interface Row {
  section: string;
  figure: string;
  /** The raw measured value (bytes, seconds, score, ms), or null when it could not be measured. */
  value: number | null;
  measured: string;
  budget: string;
  status: Status;
  note?: string;
}

export const KiB = 1024;

export const bytes = (n: number): string => `${n.toLocaleString("en-US")} B (${(n / KiB).toFixed(1)} KiB)`;
export const seconds = (s: number): string => `${s.toFixed(2)} s`;

/** A ceiling: OK when value <= limit, OVER otherwise. */
export function maxRow(
  section: string,
  figure: string,
  value: number | null,
  limit: number,
  fmt: (n: number) => string,
  note?: string,
): Row {
  if (value === null)
    return {
      section,
      figure,
      value,
      measured: "not measured",
      budget: `≤ ${fmt(limit)}`,
      status: "n/a",
      ...(note ? { note } : {}),
    };
  return {
    section,
    figure,
    value,
    measured: fmt(value),
    budget: `≤ ${fmt(limit)}`,
    status: value <= limit ? "OK" : "OVER",
    ...(note ? { note } : {}),
  };
}

/** A floor (Lighthouse scores): OK when value >= target, MISS otherwise. */
export function minRow(
  section: string,
  figure: string,
  value: number | null,
  target: number,
  fmt: (n: number) => string,
): Row {
  if (value === null)
    return { section, figure, value, measured: "not measured", budget: `= ${fmt(target)}`, status: "n/a" };
  return {
    section,
    figure,
    value,
    measured: fmt(value),
    budget: `= ${fmt(target)}`,
    status: value >= target ? "OK" : "MISS",
  };
}

/** A figure without a budget. */
export function infoRow(
  section: string,
  figure: string,
  value: number | null,
  measured: string,
  budget = "—",
  note?: string,
): Row {
  return {
    section,
    figure,
    value,
    measured,
    budget,
    status: value === null ? "n/a" : "info",
    ...(note ? { note } : {}),
  };
}

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  return len >= n ? s : right ? " ".repeat(n - len) + s : s + " ".repeat(n - len);
}

/** A plain-text table; columns sized to their content. */
export function table(header: string[], rows: string[][], rightAlign: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? "")].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, rightAlign[i] ?? false))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export function rowsTable(rows: Row[]): string {
  const out: string[][] = [];
  let section = "";
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      out.push([`[${section}]`, "", "", ""]);
    }
    out.push([`  ${r.figure}`, r.measured, r.budget, r.status]);
  }
  return table(["figure", "measured", "budget", "status"], out, [false, true, true, false]);
}
