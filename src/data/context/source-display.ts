import type { SourceRow } from "./sources.ts";

/**
 * How a source of sources.csv is shown to a reader: its link, date and publisher. Pure (the table
 * itself is read by data/table.ts), so chart modules can name a row's publishers.
 */

/**
 * The address a page links to: the first https one. A source known only by an http address
 * (or an npm package name) is shown as text: the site links only to https.
 */
export function sourceLink(source: SourceRow): string | null {
  return source.url.links.find((l) => l.startsWith("https://")) ?? null;
}

/** A source's date as a reader needs it: "2025 (registry state at session time)" -> "2025". */
export function sourceDate(source: SourceRow): string {
  return source.date.replace(/\s*\(.*\)\s*$/, "");
}

/** The name a reader knows a publisher by: "Telediario / Milenio (summarizing ATF NFCTA)" -> "Telediario / Milenio". */
export function shortPublisher(source: SourceRow): string {
  return source.publisher.replace(/\s*\(.*\)\s*$/, "");
}

/** The publisher as an edition names it (its `names` swap a record's wording for a reader's). */
export function publisherName(source: SourceRow, names: Record<string, string>): string {
  return names[shortPublisher(source)] ?? shortPublisher(source);
}
