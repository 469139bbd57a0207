import type { RecordRow } from "../../data/record.ts";
import type { Story } from "../../data/story.ts";
import { shortPublisher } from "../../data/context/source-display.ts";
import type { ColumnSpec, Provenance } from "../types.ts";

/** The last three columns of every download: where each value comes from, and its honesty flag. */
export const PROVENANCE_COLUMNS: ColumnSpec[] = [
  // An id means nothing to a reader: the table names the source; the downloads keep the id.
  { key: "source_id", type: "string", table: false },
  { key: "source", type: "string" },
  { key: "flag", type: "string" },
];

/** Source id, publisher and flag of a record row, as download columns. */
export function provenanceOf(row: RecordRow<unknown>): Provenance {
  return {
    source_id: row.sources.map((s) => s.source_id).join(";"),
    source: [...new Set(row.sources.map(shortPublisher))].join("; "),
    flag: row.flags.join("/"),
  };
}

/**
 * Publishers of the news reports a row rests on, as a reader must see them ("as reported by ..."):
 * all of a V2 row's sources, and, whatever the row's own flag, any of its sources that sources.csv
 * verifies only as V2 (a detail such as "SEDENA data per Barcena" that only a news report carries).
 */
export function reportedByOf(row: RecordRow<unknown>): string[] {
  const reports = row.flags.includes("V2") ? row.sources : row.sources.filter((s) => s.verification.flag === "V2");
  return [...new Set(reports.map(shortPublisher))];
}

/** The publishers behind a chart's V2 values (rows flagged V2, alone or combined), each once: "as reported by ...". */
export function reportersOf(rows: readonly Provenance[]): string[] {
  return [...new Set(rows.filter((r) => r.flag.split("/").includes("V2")).flatMap((r) => r.source.split("; ")))];
}

/** The article itself as a source: S01 in sources.csv is the Anadolu Agency story. */
export function articleProvenance(story: Story): Provenance {
  const source = [...story.record.sources.values()].find((s) => s.title === story.article.headline.text);
  if (!source) throw new Error(`sources.csv has no row for the seed article "${story.article.headline.text}"`);
  return { source_id: source.source_id, source: shortPublisher(source), flag: source.verification.flag };
}
