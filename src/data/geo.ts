import { readFileSync } from "node:fs";
import { DataError, Problems, csvPlace } from "./errors.ts";
import type { PublicRecord, RecordRow, RowOf } from "./record.ts";
import { TABLES } from "./record.ts";
import { mapLayers, type MapLayers, type UsMexicoTopology } from "../map/geometry.ts";

/** The objects the map reads from the TopoJSON, and which holds each country's states. */
const OBJECTS = { mx_states: "mx", us_states: "us", countries: null } as const;

/** A state the flow map draws, and the row that makes it draw it. */
export interface DrawnState {
  state: string;
  country: "us" | "mx";
  file: string;
  place: string;
  field: string;
}

/**
 * Every state the flow map draws (as a shape, or as the end of a flow), with the row that asks
 * for it: both ends of every corridor, and each source state of the map's period (data/charts.json).
 */
export function statesTheMapDraws(
  record: PublicRecord,
  sourceStates: readonly RecordRow<RowOf<"us_source_states">>[],
  contextDir = "data/context",
): DrawnState[] {
  const out: DrawnState[] = [];
  const file = (t: keyof typeof TABLES) => `${contextDir}/${TABLES[t].file}`;
  for (const r of record.rows.corridors) {
    out.push({
      state: r.row.us_state,
      country: "us",
      file: file("corridors"),
      place: csvPlace(r.index, r.line),
      field: "us_state",
    });
    out.push({
      state: r.row.mx_state,
      country: "mx",
      file: file("corridors"),
      place: csvPlace(r.index, r.line),
      field: "mx_state",
    });
  }
  for (const r of sourceStates) {
    out.push({
      state: r.row.state,
      country: "us",
      file: file("us_source_states"),
      place: csvPlace(r.index, r.line),
      field: "state",
    });
  }
  return out;
}

/**
 * Reads the map's TopoJSON once and checks what the map needs before anything is drawn: it is a
 * topology with the objects the map uses, turns into map layers, and has a shape for every state
 * the map draws; and each of those states has a centroid for its flows to start or end at.
 * Returns the layers: the flow map's geometry, an input it is given (Story.map), never reads.
 */
export function loadMap(
  path: string,
  display: string,
  record: PublicRecord,
  sourceStates: readonly RecordRow<RowOf<"us_source_states">>[],
  contextDir = "data/context",
): MapLayers {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DataError(display, "file", "-", "cannot be read (missing file?); make it with npm run geo");
  }
  if (text.trim() === "") throw new DataError(display, "file", "-", "is empty; make it again with npm run geo");
  let topo: {
    type?: unknown;
    objects?: Record<string, { type?: unknown; geometries?: Array<{ properties?: { name?: unknown } }> }>;
    arcs?: unknown;
  };
  try {
    topo = JSON.parse(text);
  } catch (e) {
    throw new DataError(
      display,
      "file",
      "-",
      `is not readable JSON, perhaps cut short (${(e as Error).message}); make it again with npm run geo`,
    );
  }
  if (topo === null || typeof topo !== "object" || topo.type !== "Topology" || !Array.isArray(topo.arcs)) {
    throw new DataError(display, "file", "type", 'is not a TopoJSON topology (expected "type": "Topology" and "arcs")');
  }
  const problems = new Problems();
  const names = { us: new Set<string>(), mx: new Set<string>() };
  for (const [object, country] of Object.entries(OBJECTS)) {
    const o = topo.objects?.[object];
    if (!o || o.type !== "GeometryCollection" || !Array.isArray(o.geometries) || o.geometries.length === 0) {
      problems.add(
        new DataError(display, `objects.${object}`, "geometries", "missing or empty: the map draws this layer"),
      );
      continue;
    }
    if (country)
      for (const g of o.geometries) if (typeof g?.properties?.name === "string") names[country].add(g.properties.name);
  }
  problems.done();
  const layers = problems.run(() => {
    try {
      return mapLayers(topo as UsMexicoTopology);
    } catch (e) {
      throw new DataError(
        display,
        "file",
        "-",
        `cannot be turned into map layers (${(e as Error).message}); make it again with npm run geo`,
      );
    }
  });
  const centroids = {
    us: new Set(record.rows.us_state_centroids.map((r) => r.row.state)),
    mx: new Set(record.rows.mx_state_centroids.map((r) => r.row.state)),
  };
  const object = { us: "us_states", mx: "mx_states" };
  const centroidFile = {
    us: `${contextDir}/${TABLES.us_state_centroids.file}`,
    mx: `${contextDir}/${TABLES.mx_state_centroids.file}`,
  };
  const said = new Set<string>();
  for (const d of statesTheMapDraws(record, sourceStates, contextDir)) {
    const once = `${d.country}|${d.state}`;
    if (said.has(once)) continue;
    if (!names[d.country].has(d.state)) {
      said.add(once);
      problems.add(
        new DataError(
          display,
          `objects.${object[d.country]}`,
          "properties.name",
          `has no state "${d.state}", which the flow map draws (${d.file}, ${d.place}, field "${d.field}")`,
        ),
      );
    }
    if (!centroids[d.country].has(d.state)) {
      said.add(once);
      problems.add(
        new DataError(
          d.file,
          d.place,
          d.field,
          `"${d.state}" has no centroid in ${centroidFile[d.country]} (a published row), so the map cannot place it`,
        ),
      );
    }
  }
  problems.done();
  return layers!;
}
