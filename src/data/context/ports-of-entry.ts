import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, optionalNumberCell, provenanceCell, textCell } from "../cells.ts";

/**
 * ports_of_entry.csv: US-Mexico crossings at city-centre coordinates. The Mexican side is
 * missing for some ports; rows whose flags include R (recalled coordinates) are never drawn.
 */
export const portsOfEntryTable = defineTable({
  file: "ports_of_entry.csv",
  schema: z.object({
    us_port: textCell,
    us_state: z.string().trim().regex(/^[A-Z]{2}$/, "expected a two-letter state code"),
    mx_city: textCell,
    mx_state: textCell,
    us_lat: numberCell,
    us_lon: numberCell,
    mx_lat: optionalNumberCell,
    mx_lon: optionalNumberCell,
    coord_source: provenanceCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.coord_source.sourceIds,
});

export type PortOfEntry = z.infer<typeof portsOfEntryTable.schema>;
