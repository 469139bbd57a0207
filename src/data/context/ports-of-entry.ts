import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, latCell, lonCell, optionalLatCell, optionalLonCell, provenanceCell, text } from "../cells.ts";

/**
 * ports_of_entry.csv: US-Mexico crossings at city-centre coordinates. The Mexican side is
 * missing for some ports; rows whose flags include R (recalled coordinates) are never drawn.
 */
export const portsOfEntryTable = defineTable({
  file: "ports_of_entry.csv",
  schema: z.object({
    us_port: labelCell,
    us_state: text("code").pipe(z.string().regex(/^[A-Z]{2}$/, "expected a two-letter state code")),
    mx_city: labelCell,
    mx_state: labelCell,
    us_lat: latCell,
    us_lon: lonCell,
    mx_lat: optionalLatCell,
    mx_lon: optionalLonCell,
    coord_source: provenanceCell,
    flag: flagsCell,
  }),
  keys: [["us_port", "mx_city"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.coord_source.sourceIds,
});
