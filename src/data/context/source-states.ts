import { z } from "zod";
import { defineTable, sharesWithin100 } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, noteCell, optionalCountCell, optionalShareCell, periodCell, sourceIdsCell } from "../cells.ts";

/** us_source_states.csv: US states where guns traced in Mexico were first sold at retail. */
export const sourceStatesTable = defineTable({
  file: "us_source_states.csv",
  schema: z.object({
    period: periodCell,
    state: labelCell,
    count: optionalCountCell,
    /** share of the period's universe; the states of one period sum to 100 at most */
    share_pct: optionalShareCell,
    universe: noteCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["period", "state"]],
  rows: sharesWithin100("share_pct", ["period"]),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
