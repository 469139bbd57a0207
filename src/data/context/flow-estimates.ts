import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, optionalNumberCell, sourceIdsCell, textCell } from "../cells.ts";

/** flow_estimates.csv: published estimates of the yearly gun flow into Mexico, with ranges. */
export const flowEstimatesTable = defineTable({
  file: "flow_estimates.csv",
  schema: z.object({
    estimate: textCell,
    period: textCell,
    central: numberCell,
    low: optionalNumberCell,
    high: optionalNumberCell,
    unit: z.enum(["firearms_per_year", "percent", "percent_of_ffls", "million_usd"]),
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type FlowEstimate = z.infer<typeof flowEstimatesTable.schema>;
