import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { countCell, labelCell, optionalNoteCell, periodCell, sourceIdsCell } from "../cells.ts";

/** gun_stores.csv: estimated gun stores in the US, the US border states, and Mexico. */
export const gunStoresTable = defineTable({
  file: "gun_stores.csv",
  schema: z.object({
    place: labelCell,
    what: labelCell,
    count: countCell,
    period: periodCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
    note: optionalNoteCell,
  }),
  keys: [["place", "what", "period"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
