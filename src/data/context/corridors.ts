import { z } from "zod";
import { defineTable, sharesWithin100 } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { countCell, labelCell, shareCell, sourceIdsCell } from "../cells.ts";

/** corridors_2022_2023.csv: US state of first sale -> Mexican state of recovery (flow-map edges). */
export const corridorsTable = defineTable({
  file: "corridors_2022_2023.csv",
  schema: z.object({
    us_state: labelCell,
    mx_state: labelCell,
    count: countCell,
    /** share of the period's traced guns; all corridors are one period, so their shares sum to 100 at most */
    share_pct: shareCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["us_state", "mx_state"]],
  rows: sharesWithin100("share_pct", []),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
