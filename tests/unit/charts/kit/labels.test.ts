import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, sidesToward } from "../../../../src/charts/kit/labels.ts";

describe("label placement", () => {
  it("puts a label ahead of an arrow first", () => {
    expect(sidesToward(90)[0]).toBe("below");
    expect(sidesToward(180)[0]).toBe("left");
    expect(sidesToward(160).slice(0, 2)).toEqual(["left", "belowLeft"]);
  });

  it("places the most constrained label of a tier first, and never two on top of each other", () => {
    const bounds = { x0: 0, y0: 0, x1: 100, y1: 40 };
    const placed = placeLabels(
      [
        {
          key: "roomy",
          lines: ["ab"],
          tier: 1,
          candidates: [
            { x: 10, y: 10, textAnchor: "start" },
            { x: 60, y: 30, textAnchor: "start" },
          ],
        },
        { key: "tight", lines: ["ab"], tier: 1, candidates: [{ x: 10, y: 10, textAnchor: "start" }] },
      ],
      [],
      bounds,
    );
    expect(placed.find((p) => p.key === "tight")!.x).toBe(10);
    expect(placed.find((p) => p.key === "roomy")!.x).toBe(60);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  });
});
