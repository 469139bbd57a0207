import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, optionalNumberCell, sourceIdsCell } from "../cells.ts";

/**
 * ffl_counts.csv: ATF's active federal firearms licensees by fiscal year, in total and by
 * licence type (type 01 dealer, 02 pawnbroker, 03 collector, 06 ammunition maker, 07 firearm
 * maker, 08 importer, 09-11 destructive devices). The by-type split is empty for some years.
 */
export const fflCountsTable = defineTable({
  file: "ffl_counts.csv",
  schema: z.object({
    fiscal_year: numberCell,
    total_active_ffl: numberCell,
    type01_dealer: optionalNumberCell,
    type02_pawnbroker: optionalNumberCell,
    type03_collector: optionalNumberCell,
    type06_ammo_mfr: optionalNumberCell,
    type07_firearm_mfr: optionalNumberCell,
    type08_importer: optionalNumberCell,
    type09_10_11_destructive_devices: optionalNumberCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type FflCount = z.infer<typeof fflCountsTable.schema>;
