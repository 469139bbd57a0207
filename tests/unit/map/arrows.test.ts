import { describe, expect, it } from "vitest";
import { HEAD_LENGTH, HEAD_WIDTH, curvedArrow } from "../../../src/map/arrows.ts";

type Pt = [number, number];
const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe("flow arrows", () => {
  it.each([
    { width: 2, bend: 0 },
    { width: 5.3, bend: 0.3 },
    { width: 8, bend: -0.2 },
  ])("a $width px arrow bent $bend has a head $width x the head ratios, tip on target", ({ width, bend }) => {
    const a = curvedArrow([0, 0], [200, 100], { width, bend });
    const [tip, left, right] = a.headPoints;
    expect(dist(left, right)).toBeCloseTo(HEAD_WIDTH * width, 6);
    expect(dist(tip, [(left[0] + right[0]) / 2, (left[1] + right[1]) / 2])).toBeCloseTo(HEAD_LENGTH * width, 1);
    expect(dist(tip, [200, 100])).toBeLessThan(0.01);
  });

  it("starts an arrow at the edge of its origin's circle", () => {
    const a = curvedArrow([0, 0], [0, 100], { width: 4, startGap: 20 });
    expect(dist(a.samples[0]!, [0, 0])).toBeCloseTo(20, 1);
  });
});
