import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, sourceIdsCell, textCell } from "../cells.ts";

/** mexico_trace_aggregates.csv: ATF and GAO trace figures for guns recovered in Mexico. */
export const traceAggregatesTable = defineTable({
  file: "mexico_trace_aggregates.csv",
  schema: z.object({
    period: textCell,
    metric: z.string().trim().regex(/^[a-z0-9_]+$/, "expected a snake_case metric name"),
    value: numberCell,
    unit: z.enum(["percent", "count", "count_min", "count_approx", "years"]),
    source_id: sourceIdsCell,
    flag: flagsCell,
    note: z.string().trim(),
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type TraceAggregate = z.infer<typeof traceAggregatesTable.schema>;
