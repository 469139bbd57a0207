import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, nonNegativeCell, optionalNonNegativeCell, periodCell, sourceIdsCell } from "../cells.ts";

/** flow_estimates.csv: published estimates of the yearly gun flow into Mexico, with ranges. */
export const flowEstimatesTable = defineTable({
  file: "flow_estimates.csv",
  schema: z.object({
    estimate: labelCell,
    period: periodCell,
    /** in `unit`; a percent is at most 100, a yearly count a whole number (checked below) */
    central: nonNegativeCell,
    low: optionalNonNegativeCell,
    high: optionalNonNegativeCell,
    unit: z.enum(["firearms_per_year", "percent", "percent_of_ffls", "million_usd"]),
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["estimate", "period"]],
  row(r, ctx) {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
    for (const field of ["central", "low", "high"] as const) {
      const v = r[field];
      if (v === null) continue;
      if (r.unit.startsWith("percent") && v > 100) issue(field, `expected a share in percent, from 0 to 100, got ${v}`);
      if (r.unit === "firearms_per_year" && !Number.isInteger(v))
        issue(field, `expected a whole number of firearms, got ${v}`);
    }
    if (r.low !== null && r.low > r.central) issue("low", `is ${r.low}, above the central estimate ${r.central}`);
    if (r.high !== null && r.high < r.central) issue("high", `is ${r.high}, below the central estimate ${r.central}`);
  },
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
