import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { countCell, labelCell, latCell, lonCell, provenanceCell, sourceIdsCell } from "../cells.ts";

/** top_us_source_cities_2015_2022.csv: US cities of first retail sale, with coordinates. */
export const sourceCitiesTable = defineTable({
  file: "top_us_source_cities_2015_2022.csv",
  schema: z.object({
    city: labelCell,
    state: labelCell,
    count: countCell,
    lat: latCell,
    lon: lonCell,
    count_source_id: sourceIdsCell,
    coord_source: provenanceCell,
    flag: flagsCell,
  }),
  keys: [["city", "state"]],
  flags: (r) => r.flag,
  sourceIds: (r) => [...r.count_source_id, ...r.coord_source.sourceIds],
});

export type SourceCity = z.infer<typeof sourceCitiesTable.schema>;
