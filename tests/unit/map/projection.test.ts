import { describe, expect, it } from "vitest";
import { ARTBOARDS } from "../../../src/charts/kit/artboards.ts";
import { getStory } from "../../../src/data/story.ts";
import { CENTRAL_MERIDIAN, PARALLELS, flowMapProjection, mapHeight } from "../../../src/map/projection.ts";

type Pt = [number, number];

describe("flow-map projection: INEGI's Lambert conformal conic, fitted to each artboard", () => {
  it("uses EPSG:6372's parallels and central meridian", () => {
    const p = flowMapProjection(720);
    expect(PARALLELS).toEqual([17.5, 29.5]);
    p.parallels().forEach((v, i) => expect(v).toBeCloseTo(PARALLELS[i]!, 9));
    expect(p.rotate()[0]).toBe(-CENTRAL_MERIDIAN);
    expect(CENTRAL_MERIDIAN).toBe(-102);
  });

  const places: Array<{ name: string; at: Pt }> = [
    { name: "Mexico City", at: [-99.133, 19.433] },
    { name: "Cancún", at: [-86.851, 21.161] },
    { name: "El Paso", at: [-106.487, 31.759] },
    { name: "San Diego", at: [-117.161, 32.716] },
    { name: "Tapachula (Mexico's far south)", at: [-92.26, 14.9] },
    { name: "Isla Guadalupe (Mexico's far west)", at: [-118.3, 29.0] },
  ];
  for (const width of ARTBOARDS) {
    const p = flowMapProjection(width);
    const h = mapHeight(width);
    for (const { name, at } of places) {
      it(`puts ${name} inside the ${width} px frame`, () => {
        const [x, y] = p(at)!;
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(h);
      });
    }
    it(`keeps every vertex of Mexico inside the ${width} px frame`, () => {
      const coords = getStory().map.mexico.coordinates.flat(2) as Pt[];
      expect(coords.length).toBeGreaterThan(1000);
      for (const c of coords) {
        const [x, y] = p(c)!;
        expect(x >= 0 && x <= width && y >= 0 && y <= h, `${c}`).toBe(true);
      }
    });
  }
});
