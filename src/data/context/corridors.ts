import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, sourceIdsCell, textCell } from "../cells.ts";

/** corridors_2022_2023.csv: US state of first sale -> Mexican state of recovery (flow-map edges). */
export const corridorsTable = defineTable({
  file: "corridors_2022_2023.csv",
  schema: z.object({
    us_state: textCell,
    mx_state: textCell,
    count: numberCell,
    share_pct: numberCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type Corridor = z.infer<typeof corridorsTable.schema>;
