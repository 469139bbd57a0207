import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { COUNT, SHARE, nonNegativeCell, optionalNoteCell, periodCell, sourceIdsCell, text } from "../cells.ts";

/** mexico_trace_aggregates.csv: ATF and GAO trace figures for guns recovered in Mexico. */
export const traceAggregatesTable = defineTable({
  file: "mexico_trace_aggregates.csv",
  schema: z.object({
    period: periodCell,
    metric: text("label").pipe(z.string().regex(/^[a-z0-9_]+$/, "expected a snake_case metric name")),
    /** in `unit`: a percent lies in 0-100, a count is a whole number (checked below) */
    value: nonNegativeCell,
    unit: z.enum(["percent", "count", "count_min", "count_approx", "years"]),
    source_id: sourceIdsCell,
    flag: flagsCell,
    note: optionalNoteCell,
  }),
  keys: [["period", "metric"]],
  row(r, ctx) {
    const domain = r.unit === "percent" ? SHARE : r.unit.startsWith("count") ? COUNT : null;
    const outside = domain && ((domain.integer && !Number.isInteger(r.value)) || r.value > (domain.max ?? Infinity));
    if (domain && outside)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["value"],
        message: `expected ${domain.expected} (the unit is ${r.unit}), got ${r.value}`,
      });
  },
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
