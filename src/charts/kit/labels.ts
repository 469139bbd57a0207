/**
 * Label placement without a browser: text boxes estimated from character counts, candidates
 * tried in order, the first that overlaps nothing already placed wins; a label with no free
 * place is left out (on a phone, fewer labels, not smaller ones).
 */
import { LINE_PX, estimatedWidth, type EstimateWeight } from "./text-measure.ts";

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// Label boxes are measured by the text-measure model's character estimate (CHAR_PX there), the
// lines LINE_PX apart; LINE_PX is exported here too for the map's modules that place labels.
export { LINE_PX };
export type Weight = EstimateWeight;
export type TextAnchor = "start" | "middle" | "end";

/** The box of `lines` of text at (x, y) with Plot's textAnchor, lines centred vertically on y. */
export function textBox(x: number, y: number, lines: string[], anchor: TextAnchor, weight: Weight = "normal"): Rect {
  const w = Math.max(...lines.map((l) => estimatedWidth(l, weight)));
  const h = lines.length * LINE_PX;
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

/** A round obstacle (a source-state circle), kept as a circle so a label can sit close beside it. */
export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export type Obstacle = Rect | Circle;

/** Whether a text box comes within `gap` px of an obstacle. */
export function overlaps(a: Rect, b: Obstacle, gap = 0): boolean {
  if ("r" in b) {
    const dx = Math.max(a.x0 - b.cx, 0, b.cx - a.x1);
    const dy = Math.max(a.y0 - b.cy, 0, b.cy - a.y1);
    return Math.hypot(dx, dy) < b.r + gap;
  }
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}
export const inside = (a: Rect, b: Rect) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

export interface Candidate {
  x: number;
  y: number;
  textAnchor: TextAnchor;
  /** A place away from what it names: a thin line is drawn from this point (the circle's or the tip's) to the text. */
  leader?: { x: number; y: number; r: number };
}

export interface LabelRequest {
  key: string;
  lines: string[];
  weight?: Weight;
  candidates: Candidate[];
  /** May cross a soft obstacle (a flow's line) when no clear place is left; optional labels may not. */
  mayCross?: boolean;
  /**
   * Labels of one tier are placed together, those with the fewest clear places first, so a label
   * with room to spare does not take the only place of another. Lower tiers go first.
   */
  tier?: number;
  /** Must be placed: when it finds no place, placement runs again with it first (placeLabels). */
  required?: boolean;
}

export interface PlacedLabel extends Candidate {
  key: string;
  lines: string[];
  box: Rect;
}

/**
 * Places labels tier by tier (see LabelRequest.tier; no tier is tier 0) inside `bounds`,
 * clear of `obstacles` and of each other by `gap` px. A label that finds no place clear of `soft`
 * obstacles too (lines it may cross, with a halo) takes the first place clear of the rest.
 * Deterministic: same input, same output.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Obstacle[],
  bounds: Rect,
  soft: Obstacle[] = [],
  gap = 2,
): PlacedLabel[] {
  // A required label left without a place goes first next time, ahead of every tier; the first
  // run that places every required label wins (at most one more run per required label).
  const first: LabelRequest[] = [];
  let best: { placed: PlacedLabel[]; missing: number } | null = null;
  for (;;) {
    const placed = placeOnce(requests, obstacles, bounds, soft, gap, first);
    const missing = requests.filter((r) => r.required && !placed.some((p) => p.key === r.key));
    if (!best || missing.length < best.missing) best = { placed, missing: missing.length };
    const next = missing.find((r) => !first.includes(r));
    if (missing.length === 0 || !next) return best.placed;
    first.push(next);
  }
}

function placeOnce(
  requests: LabelRequest[],
  obstacles: Obstacle[],
  bounds: Rect,
  soft: Obstacle[],
  gap: number,
  first: LabelRequest[],
): PlacedLabel[] {
  const taken: Obstacle[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const fits = (box: Rect, avoid: Obstacle[]) => inside(box, bounds) && !avoid.some((t) => overlaps(box, t, gap));
  const boxesOf = (r: LabelRequest) =>
    r.candidates.map((c) => ({ c, box: textBox(c.x, c.y, r.lines, c.textAnchor, r.weight) }));
  const room = new Map(
    requests.map((r) => [r, boxesOf(r).filter(({ box }) => fits(box, [...obstacles, ...soft])).length]),
  );
  const rank = (r: LabelRequest) => (first.includes(r) ? first.indexOf(r) - first.length : 0);
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        rank(a.r) - rank(b.r) || (a.r.tier ?? 0) - (b.r.tier ?? 0) || room.get(a.r)! - room.get(b.r)! || a.i - b.i,
    );
  for (const { r } of order) {
    const boxes = boxesOf(r);
    // A leader line must not cross a label already placed, or a later label (its samples are taken too).
    const clearLeader = ({ c, box }: { c: Candidate; box: Rect }) =>
      !c.leader || leaderSamples(c.leader, box).every((p) => !taken.some((t) => !("r" in t) && overlaps(p, t, 1)));
    const best =
      boxes.find((b) => fits(b.box, [...taken, ...soft]) && clearLeader(b)) ??
      (r.mayCross ? boxes.find((b) => fits(b.box, taken) && clearLeader(b)) : undefined);
    if (!best) continue;
    placed.push({ ...best.c, key: r.key, lines: r.lines, box: best.box });
    taken.push(best.box);
    if (best.c.leader) taken.push(...leaderSamples(best.c.leader, best.box));
  }
  return placed;
}

export type Side = "right" | "left" | "above" | "below" | "aboveRight" | "aboveLeft" | "belowRight" | "belowLeft";

const SIDE_ANGLE: Record<Side, number> = {
  right: 0,
  belowRight: 45,
  below: 90,
  belowLeft: 135,
  left: 180,
  aboveLeft: 225,
  above: 270,
  aboveRight: 315,
};

/** The eight sides, nearest first to a direction (screen degrees, 0 = right, 90 = down): "ahead of an arrow". */
export function sidesToward(degrees: number): Side[] {
  const off = (s: Side) => Math.abs(((SIDE_ANGLE[s] - degrees + 540) % 360) - 180);
  return (Object.keys(SIDE_ANGLE) as Side[]).sort((a, b) => off(a) - off(b) || SIDE_ANGLE[a] - SIDE_ANGLE[b]);
}

/** Candidates around a circle of radius r at (x, y), in the order of `sides`. */
export function around(
  x: number,
  y: number,
  r: number,
  sides: Side[] = ["above", "below", "right", "left"],
  gap = 3,
  lines = 1,
): Candidate[] {
  // Half the label's height: a label of several lines sits as far off as its own size needs.
  const half = (lines * LINE_PX) / 2;
  const dy = r + gap + half;
  // Diagonal places sit off the circle's 45° point, so the text's near corner clears it.
  const d = r * Math.SQRT1_2 + gap;
  const at: Record<Side, Candidate> = {
    right: { x: x + r + gap, y, textAnchor: "start" },
    left: { x: x - r - gap, y, textAnchor: "end" },
    above: { x, y: y - dy, textAnchor: "middle" },
    below: { x, y: y + dy, textAnchor: "middle" },
    aboveRight: { x: x + d, y: y - d - half, textAnchor: "start" },
    aboveLeft: { x: x - d, y: y - d - half, textAnchor: "end" },
    belowRight: { x: x + d, y: y + d + half, textAnchor: "start" },
    belowLeft: { x: x - d, y: y + d + half, textAnchor: "end" },
  };
  return sides.map((s) => at[s]);
}

/** The segment from a leader's mark (its edge) to the nearest point of its label's box, as small boxes every 3 px. */
export function leaderEnds(
  leader: { x: number; y: number; r: number },
  box: Rect,
): [[number, number], [number, number]] {
  const { x, y, r } = leader;
  const to: [number, number] = [Math.min(Math.max(x, box.x0), box.x1), Math.min(Math.max(y, box.y0), box.y1)];
  const len = Math.hypot(to[0] - x, to[1] - y) || 1;
  const [ux, uy] = [(to[0] - x) / len, (to[1] - y) / len];
  return [
    [x + ux * (r + 1), y + uy * (r + 1)],
    [to[0] - ux * 3, to[1] - uy * 3],
  ];
}

function leaderSamples(leader: { x: number; y: number; r: number }, box: Rect): Rect[] {
  const [a, b] = leaderEnds(leader, box);
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 3));
  return Array.from({ length: n + 1 }, (_, i) => {
    const px = a[0] + ((b[0] - a[0]) * i) / n;
    const py = a[1] + ((b[1] - a[1]) * i) / n;
    return { x0: px - 1, y0: py - 1, x1: px + 1, y1: py + 1 };
  });
}
