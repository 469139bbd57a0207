import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { isoDateCell, sourceIdsCell, titleCell } from "../cells.ts";

/** timeline.csv: dated events in two main tracks (security cooperation, lawsuits), plus data and media. */
export const timelineTable = defineTable({
  file: "timeline.csv",
  schema: z.object({
    date: isoDateCell,
    track: z.enum(["security", "lawsuit", "data", "media"]),
    event: titleCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["date", "track", "event"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
