import { describe, expect, it } from "vitest";
import { getStory } from "../../../src/data/story.ts";
import { pathData } from "../../../src/map/path.ts";
import { flowMapProjection, mapHeight } from "../../../src/map/projection.ts";

describe("compact map paths", () => {
  const p = flowMapProjection(300);
  const box: [[number, number], [number, number]] = [
    [0, 0],
    [300, mapHeight(300)],
  ];
  it("writes whole pixels with relative steps", () => {
    const d = pathData(getStory().map.mexico, p, box);
    expect(d).toMatch(/^M\d+,\d+l/);
    expect(d).not.toMatch(/\.\d/);
  });
  it("drops a ring that rounds to less than a triangle", () => {
    // Wound clockwise, as d3-geo reads a small polygon (the other way round it is the rest of the globe).
    const tiny = {
      type: "Polygon" as const,
      coordinates: [
        [
          [-100, 20],
          [-100, 20.001],
          [-99.999, 20.001],
          [-99.999, 20],
          [-100, 20],
        ],
      ],
    };
    expect(pathData(tiny, p, box)).toBe("");
  });
  it("clips to the frame", () => {
    const d = pathData(getStory().map.unitedStates, p, box);
    let [x, y] = [0, 0];
    for (const m of d.matchAll(/([Ml])([^Mlz]+)/g)) {
      const nums = m[2]!.match(/-?\d+/g)!.map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        [x, y] = m[1] === "M" && i === 0 ? [nums[0]!, nums[1]!] : [x + nums[i]!, y + nums[i + 1]!];
        expect(x >= 0 && x <= 300 && y >= 0 && y <= box[1][1], `${x},${y}`).toBe(true);
      }
    }
  });
});
