import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, sourceIdsCell } from "../cells.ts";

/** lawsuit_defendants.csv: the defendants of Mexico's two US lawsuits. */
export const lawsuitDefendantsTable = defineTable({
  file: "lawsuit_defendants.csv",
  schema: z.object({
    case: labelCell,
    defendant: labelCell,
    role: labelCell,
    hq_country: labelCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["case", "defendant"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
