/**
 * Curved flow arrows drawn as two paths of our own: a stroked quadratic curve and a filled head.
 * Plot 0.6.17's arrow mark sizes its head as if strokeWidth were 1 when the width comes from a
 * channel, so a wide flow would get a tiny head; here the head is a fixed multiple of the width.
 */

export type Point = [number, number];

/** Head length and head width (across its base), as multiples of the line's stroke width. */
export const HEAD_LENGTH = 2.2;
export const HEAD_WIDTH = 2.6;

export interface Arrow {
  /** Path data of the line (stroked, `width` px wide, butt caps). */
  line: string;
  /** Path data of the head: a triangle, filled. */
  head: string;
  width: number;
  /** Points along the whole arrow, tip last, for keeping labels off it. */
  samples: Point[];
  /** The head's corners: tip, left, right. */
  headPoints: [Point, Point, Point];
}

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const r1 = (v: number) => Math.round(v * 10) / 10;
const pt = (p: Point) => `${r1(p[0])},${r1(p[1])}`;

/** Point and tangent of the quadratic Bézier p0-c-p1 at t. */
function at(p0: Point, c: Point, p1: Point, t: number): { p: Point; d: Point } {
  const p = lerp(lerp(p0, c, t), lerp(c, p1, t), t);
  const d: Point = [
    2 * ((1 - t) * (c[0] - p0[0]) + t * (p1[0] - c[0])),
    2 * ((1 - t) * (c[1] - p0[1]) + t * (p1[1] - c[1])),
  ];
  return { p, d };
}

/** The t at which the curve is `gap` px (straight-line) from `from`, searching from that end. */
function tAway(p0: Point, c: Point, p1: Point, from: Point, gap: number, fromStart: boolean): number {
  let lo = fromStart ? 0 : 1;
  let hi = fromStart ? 1 : 0;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (dist(at(p0, c, p1, mid).p, from) < gap) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * An arrow from `from` to `to`, bowed sideways by `bend` times its length (positive bends to the
 * left of the direction of travel, as seen on screen), starting `startGap` px from `from` (the
 * edge of a circle there) and with its tip `endGap` px short of `to`.
 */
export function curvedArrow(
  from: Point,
  to: Point,
  { width, bend = 0, startGap = 0, endGap = 0 }: { width: number; bend?: number; startGap?: number; endGap?: number },
): Arrow {
  const length = dist(from, to);
  const mid = lerp(from, to, 0.5);
  // Screen y runs down, so the left of travel (dx, dy) is (dy, -dx).
  const c: Point = [
    mid[0] + ((to[1] - from[1]) / length) * bend * length,
    mid[1] - ((to[0] - from[0]) / length) * bend * length,
  ];
  const headLength = HEAD_LENGTH * width;
  const t0 = startGap > 0 ? tAway(from, c, to, from, startGap, true) : 0;
  const tTip = endGap > 0 ? tAway(from, c, to, to, endGap, false) : 1;
  const tip = at(from, c, to, tTip).p;
  const t1 = tAway(from, c, to, tip, headLength, false);
  const start = at(from, c, to, t0);
  const base = at(from, c, to, t1);
  // The sub-curve t0..t1 of a quadratic has its control point on the tangent at t0.
  const control: Point = [start.p[0] + ((t1 - t0) / 2) * start.d[0], start.p[1] + ((t1 - t0) / 2) * start.d[1]];
  // The head points from its base to the tip; the line runs half a pixel into it so no seam shows.
  const ux = (tip[0] - base.p[0]) / headLength;
  const uy = (tip[1] - base.p[1]) / headLength;
  const half = (HEAD_WIDTH * width) / 2;
  const left: Point = [base.p[0] + uy * half, base.p[1] - ux * half];
  const right: Point = [base.p[0] - uy * half, base.p[1] + ux * half];
  const end: Point = [base.p[0] + ux * 0.5, base.p[1] + uy * 0.5];
  const samples = Array.from({ length: 21 }, (_, i) => at(from, c, to, t0 + ((tTip - t0) * i) / 20).p);
  return {
    line: `M${pt(start.p)}Q${pt(control)} ${pt(end)}`,
    head: `M${pt(tip)}L${pt(left)}L${pt(right)}Z`,
    width,
    samples,
    headPoints: [tip, left, right],
  };
}
