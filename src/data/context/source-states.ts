import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { optionalNumberCell, sourceIdsCell, textCell } from "../cells.ts";

/** us_source_states.csv: US states where guns traced in Mexico were first sold at retail. */
export const sourceStatesTable = defineTable({
  file: "us_source_states.csv",
  schema: z.object({
    period: textCell,
    state: textCell,
    count: optionalNumberCell,
    share_pct: optionalNumberCell,
    universe: textCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type SourceState = z.infer<typeof sourceStatesTable.schema>;
