import { feature, merge, mesh } from "topojson-client";
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from "geojson";

interface Named {
  name: string;
}

/** The map's TopoJSON (data/geo/us-mexico.topo.json), as src/data/geo.ts reads and checks it. */
export type UsMexicoTopology = Topology<{
  mx_states: GeometryCollection<Named>;
  us_states: GeometryCollection<Named>;
  countries: GeometryCollection<Named>;
}>;

/** ISO 3166-1 numeric ids in the `countries` object (data/geo/README.md). */
const MEXICO = "484";
const UNITED_STATES = "840";
/** Guatemala, Belize, Honduras, El Salvador, Cuba: land the frame shows beside the two countries. */
const NEIGHBOURS = ["320", "084", "340", "222", "192"];

/** The flow map's layers, unprojected lon/lat, derived once from the map's topology (data/geo/us-mexico.topo.json). */
export interface MapLayers {
  /** Mexico's land: the 32 states merged, so the state lines (same source) meet its coast. */
  mexico: MultiPolygon;
  /** Lines between Mexican states, each drawn once. */
  mexicoStateLines: MultiLineString;
  /** The lower 48 states merged. */
  unitedStates: MultiPolygon;
  /** Lines between US states, each drawn once. */
  usStateLines: MultiLineString;
  /** The other countries a frame of Mexico shows, as one shape. */
  neighbours: MultiPolygon;
  /** The US-Mexico border: the arcs world-atlas' two countries share. */
  border: MultiLineString;
  /** Every state of both countries, by name ("Texas", "Nuevo León"). */
  states: Map<string, Feature<Geometry, Named>>;
}

/** topojson's merge takes areas only; every state and country in the file is one. */
const areas = (gs: Array<GeometryObject<Named>>) =>
  gs.filter(
    (g): g is TopoPolygon<Named> | TopoMultiPolygon<Named> => g.type === "Polygon" || g.type === "MultiPolygon",
  );

/**
 * Derives the layers from a topology (merges and meshes are the slow part: the data layer does
 * it once, when it loads the story). Pure: the topology is given, never read here.
 */
export function mapLayers(topo: UsMexicoTopology): MapLayers {
  const { mx_states, us_states, countries } = topo.objects;
  const id = (g: { id?: string | number }) => String(g.id);
  const layers: MapLayers = {
    mexico: merge(topo, areas(mx_states.geometries)),
    mexicoStateLines: mesh(topo, mx_states, (a, b) => a !== b),
    unitedStates: merge(topo, areas(us_states.geometries)),
    usStateLines: mesh(topo, us_states, (a, b) => a !== b),
    neighbours: merge(topo, areas(countries.geometries.filter((g) => NEIGHBOURS.includes(id(g))))),
    border: mesh(topo, countries, (a, b) => a !== b && [id(a), id(b)].sort().join() === [MEXICO, UNITED_STATES].join()),
    states: new Map(
      [mx_states, us_states].flatMap((o) =>
        (feature(topo, o) as FeatureCollection<Geometry, Named>).features.map((f) => [f.properties.name, f] as const),
      ),
    ),
  };
  return layers;
}
