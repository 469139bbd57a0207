import { describe, expect, it } from "vitest";
import { getStory } from "../../../src/data/story.ts";

type Pt = [number, number];

describe("flow-map geometry", () => {
  const layers = getStory().map;
  it("has the 32 Mexican states and the lower 48 with DC, by name", () => {
    expect(
      [...layers.states.keys()].filter((n) => ["Texas", "Sonora", "Nuevo León", "Ciudad de México"].includes(n)),
    ).toHaveLength(4);
    expect(layers.states.size).toBe(32 + 49);
  });
  it("draws the US-Mexico border as a mesh along the border's latitudes", () => {
    const coords = layers.border.coordinates.flat() as Pt[];
    expect(coords.length).toBeGreaterThan(50);
    for (const [lon, lat] of coords) {
      expect(lat).toBeGreaterThan(25.8);
      expect(lat).toBeLessThan(32.8);
      expect(lon).toBeGreaterThan(-117.2);
      expect(lon).toBeLessThan(-97.1);
    }
  });
});
