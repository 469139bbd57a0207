import type { FlowMapRow } from "./rows.ts";
import type { ChartSpec, DownloadRow } from "../types.ts";
import { provenanceOf, reportersOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { flowMapOptions, type FlowMapInputs } from "./marks.ts";
import { declaredList, figureOf, speakerOf } from "../../data/select.ts";
import { CENTRAL_MERIDIAN, PARALLELS } from "../../map/projection.ts";

/** The article figure the map's claim annotation quotes. */
const INFLOW_FIGURE = "annual-inflow";

/** Where traced guns were sold in the US and where in Mexico they were recovered, over the border they crossed. */
export type { FlowMapRow };

export const flowMap: ChartSpec<FlowMapRow, FlowMapInputs> = {
  id: "flow-map",
  placeAfterFigure: INFLOW_FIGURE,
  // Coordinates are where the map draws a row: in the downloads, not in the reader's table.
  columns: [
    { key: "kind", type: "string" },
    { key: "origin", type: "string" },
    { key: "destination", type: "string" },
    { key: "count", type: "number" },
    { key: "share_pct", type: "number" },
    { key: "period", type: "string" },
    { key: "origin_lon", type: "number", table: false },
    { key: "origin_lat", type: "number", table: false },
    { key: "destination_lon", type: "number", table: false },
    { key: "destination_lat", type: "number", table: false },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    // The corridors' period, and the source states' shown beside them (data/charts.json).
    const PERIOD = story.charts.latestTracePeriod;
    const rec = story.record.rows;
    const centroid = (table: "us_state_centroids" | "mx_state_centroids", state: string) => {
      const found = rec[table].find((r) => r.row.state === state)?.row;
      if (!found) throw new Error(`flow-map: no centroid for "${state}" in data/context/${table}.csv`);
      return found;
    };
    const corridors = rec.corridors.map((r): FlowMapRow => {
      const from = centroid("us_state_centroids", r.row.us_state);
      const to = centroid("mx_state_centroids", r.row.mx_state);
      return {
        kind: "corridor",
        origin: r.row.us_state,
        destination: r.row.mx_state,
        count: r.row.count,
        share_pct: r.row.share_pct,
        period: PERIOD,
        origin_lon: from.lon,
        origin_lat: from.lat,
        destination_lon: to.lon,
        destination_lat: to.lat,
        ...provenanceOf(r),
      };
    });
    const states = story.charts.sourceStates.map((r): FlowMapRow => {
      const at = centroid("us_state_centroids", r.row.state);
      const { state, count, share_pct } = r.row;
      return {
        kind: "source-state",
        origin: state,
        destination: null,
        count,
        share_pct,
        period: PERIOD,
        origin_lon: at.lon,
        origin_lat: at.lat,
        destination_lon: null,
        destination_lat: null,
        ...provenanceOf(r),
      };
    });
    // R rows never reach here (the data layer withholds them). Crossings are drawn on their US side only:
    // for the X row the package's Mexican point is in doubt (no source confirms it), and the US side is what the map needs.
    const crossings = rec.ports_of_entry.map((r): FlowMapRow => {
      const { us_port, mx_city, us_lon, us_lat } = r.row;
      return {
        kind: "crossing",
        origin: us_port,
        destination: mx_city,
        count: null,
        share_pct: null,
        period: null,
        origin_lon: us_lon,
        origin_lat: us_lat,
        destination_lon: null,
        destination_lat: null,
        ...provenanceOf(r),
      };
    });
    return [
      ...corridors.sort((a, b) => b.count! - a.count!),
      ...states.sort((a, b) => b.count! - a.count!),
      ...crossings,
    ];
  },
  values(rows, story) {
    const corridors = rows.filter((r) => r.kind === "corridor");
    const states = rows.filter((r) => r.kind === "source-state");
    const top = corridors[0]!;
    const topState = states[0]!;
    const inflow = figureOf(story.figures, INFLOW_FIGURE, "flow-map");
    return {
      period: story.charts.latestTracePeriod,
      topFrom: top.origin,
      topTo: top.destination!,
      topCount: top.count!,
      topState: topState.origin,
      topStateCount: topState.count!,
      states: { count: states.length },
      inflow: Number(inflow.value),
      speaker: speakerOf(inflow, "flow-map"),
      // The publishers behind the V2 values; joined by a comma, a mark every edition's language reads.
      reporters: { list: reportersOf(rows) },
      xCrossings: rows
        .filter((r) => r.kind === "crossing" && r.flag.split("/").includes("X"))
        .map((r) => `${r.origin}–${r.destination}`)
        .join(", "),
      parallelSouth: { number: PARALLELS[0], digits: 1 },
      parallelNorth: { number: PARALLELS[1], digits: 1 },
      meridian: Math.abs(CENTRAL_MERIDIAN),
    };
  },
  annotations(_rows, _story, tools) {
    return [
      // The article's figure is about the whole border: the legend sets it beside the border's line, pointing at no crossing.
      { key: "inflow", text: tools.note("inflow"), x: 0, y: 0 },
      // What the counts leave out, at the legend's foot.
      { key: "traced", text: tools.note("traced"), x: 0, y: 0 },
    ];
  },
  // The map's geometry (read and checked once by the data layer) and the crossings it labels, given to the drawing.
  inputs: (story) => ({
    ...story.map,
    labelledCrossings: declaredList(story.charts.lists, "flow-map", "labelledCrossings"),
  }),
  options(rows, ctx) {
    return flowMapOptions(rows, ctx);
  },
};
