import { geoConicConformal, type GeoConicProjection } from "d3";
import type { MultiPoint } from "geojson";

/**
 * The flow map's projection: one Lambert conformal conic for the US Southwest and all of Mexico.
 * Not geoAlbersUsa, which returns null for most of Mexico.
 *
 * Parameters are INEGI's for its national maps of Mexico ("Cónica Conforme de Lambert",
 * published as EPSG:6372, Mexico ITRF2008 / LCC): standard parallels 17.5° N and 29.5° N,
 * central meridian 102° W. The frame reaches 38° N for the US source states; at that latitude the
 * scale is 3% larger than on the standard parallels (1% at the southern edge), which a reader cannot see.
 */
export const PARALLELS: [number, number] = [17.5, 29.5];
/** EPSG:6372 lon_0 = -102: d3 rotates the globe by +102° to put that meridian in the middle. */
export const CENTRAL_MERIDIAN = -102;

/**
 * The area the map must show, in degrees: all of Mexico (its states' bounds, Isla Guadalupe at
 * 118.4° W to Quintana Roo at 86.7° W, Chiapas at 14.5° N) and the four US source states'
 * centroids (California's at 119.5° W, 37.2° N), with room around them for labels.
 */
export const FRAME = { west: -121, east: -86.5, south: 14.3, north: 38.2 } as const;

/** The frame's edge as points every half degree: a conic bends parallels, so corners are not enough. */
export function frameOutline(frame: typeof FRAME = FRAME): MultiPoint {
  const { west, east, south, north } = frame;
  const points: Array<[number, number]> = [];
  for (let lon = west; lon <= east; lon += 0.5) points.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 0.5) points.push([west, lat], [east, lat]);
  return { type: "MultiPoint", coordinates: points };
}

/**
 * The projection for one artboard `width` px wide: the frame fills the width, and the map is as
 * tall as the frame's shape needs (`mapHeight`). Pure: a new projection each call.
 */
export function flowMapProjection(width: number): GeoConicProjection {
  return geoConicConformal().parallels(PARALLELS).rotate([-CENTRAL_MERIDIAN, 0]).fitWidth(width, frameOutline());
}

/** Height in px of the map (not counting anything drawn below it) at this width. */
export function mapHeight(width: number): number {
  const projection = flowMapProjection(width);
  const ys = frameOutline().coordinates.map((p) => projection(p as [number, number])![1]);
  return Math.ceil(Math.max(...ys));
}
