import type { RecordRow } from "../data/record.ts";
import type { Story } from "../data/story.ts";
import { shortPublisher } from "../data/context/sources.ts";
import type { ColumnSpec, Provenance } from "./types.ts";

/** The last three columns of every download: where each value comes from, and its honesty flag. */
export const PROVENANCE_COLUMNS: ColumnSpec[] = [
  { key: "source_id", type: "string" },
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

/** The article itself as a source: S01 in sources.csv is the Anadolu Agency story. */
export function articleProvenance(story: Story): Provenance {
  const source = [...story.record.sources.values()].find((s) => s.title === story.article.headline.text);
  if (!source) throw new Error(`sources.csv has no row for the seed article "${story.article.headline.text}"`);
  return { source_id: source.source_id, source: shortPublisher(source), flag: source.verification.flag };
}
