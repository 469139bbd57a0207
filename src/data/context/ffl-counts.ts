import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { countCell, optionalCountCell, sourceIdsCell, yearCell } from "../cells.ts";

/**
 * ffl_counts.csv: ATF's active federal firearms licensees by fiscal year, in total and by
 * licence type (type 01 dealer, 02 pawnbroker, 03 collector, 06 ammunition maker, 07 firearm
 * maker, 08 importer, 09-11 destructive devices). The by-type split is empty for some years.
 */
export const fflCountsTable = defineTable({
  file: "ffl_counts.csv",
  schema: z.object({
    fiscal_year: yearCell,
    total_active_ffl: countCell,
    type01_dealer: optionalCountCell,
    type02_pawnbroker: optionalCountCell,
    type03_collector: optionalCountCell,
    type06_ammo_mfr: optionalCountCell,
    type07_firearm_mfr: optionalCountCell,
    type08_importer: optionalCountCell,
    type09_10_11_destructive_devices: optionalCountCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["fiscal_year"]],
  row(r, ctx) {
    // The types are parts of the total.
    const parts = [
      r.type01_dealer,
      r.type02_pawnbroker,
      r.type03_collector,
      r.type06_ammo_mfr,
      r.type07_firearm_mfr,
      r.type08_importer,
      r.type09_10_11_destructive_devices,
    ];
    const sum = parts.reduce<number>((n, p) => n + (p ?? 0), 0);
    if (sum > r.total_active_ffl)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["total_active_ffl"],
        message: `is ${r.total_active_ffl}, less than its licence types together (${sum})`,
      });
  },
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type FflCount = z.infer<typeof fflCountsTable.schema>;
