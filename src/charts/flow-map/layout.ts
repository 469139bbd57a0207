import { ticks } from "d3";
import type { FlowMapRow } from "./rows.ts";
import type { RenderContext } from "../types.ts";
import { curvedArrow, HEAD_WIDTH, type Arrow, type Point } from "../../map/arrows.ts";
import { LINE_PX, wrapText } from "../kit/text-measure.ts";
import { colorClass } from "../kit/palette.ts";
import { isTwoColumnArtboard } from "../kit/artboards.ts";

/** Widest flow in px: grows with the artboard, and the narrowest flow stays over 2 px at 300 px. */
export const maxFlowWidth = (width: number) => 3 + width / 180;
/** Radius in px of the largest source-state circle; circle areas are proportional to the count. */
export const maxRadius = (width: number) => 8 + width / 36;
/**
 * Flow width in px for a count: proportional, the largest corridor at `maxFlowWidth`. Rounded to
 * 0.1 px, the precision renderSvg writes, so the head is sized from the width the SVG carries.
 */
export const flowWidth = (count: number, maxCount: number, width: number) =>
  Math.round((count / maxCount) * maxFlowWidth(width) * 10) / 10;
/** Flows leaving one state fan out: each is bowed this much more (times its length) than its neighbour. */
const BEND_STEP = 0.2;
/** A lone flow is bowed a little, so it reads as a route and not as a pointer. */
const BEND_SINGLE = 0.12;
/** Margin in px around the map's furniture (key, notes, labels) and the artboard's edge. */
export const PAD = 4;
const KEY_ARROW = 44;

export interface Flow {
  row: FlowMapRow;
  arrow: Arrow;
}

/**
 * Arrows for the corridors, widest first (so narrow ones are drawn on top). Flows from one state
 * are sorted by direction and bowed apart, so two that leave Texas side by side do not overlap.
 */
export function layoutFlows(
  corridors: FlowMapRow[],
  xy: (lon: number, lat: number) => Point,
  radiusOf: (state: string) => number,
  width: number,
): Flow[] {
  const maxCount = Math.max(...corridors.map((c) => c.count!));
  const flows: Flow[] = [];
  for (const origin of [...new Set(corridors.map((c) => c.origin))]) {
    const ends = corridors
      .filter((c) => c.origin === origin)
      .map((row) => ({ row, a: xy(row.origin_lon, row.origin_lat), b: xy(row.destination_lon!, row.destination_lat!) }))
      .sort((p, q) => Math.atan2(p.b[1] - p.a[1], p.b[0] - p.a[0]) - Math.atan2(q.b[1] - q.a[1], q.b[0] - q.a[0]));
    ends.forEach(({ row, a, b }, rank) => {
      const bend = ends.length === 1 ? BEND_SINGLE : ((ends.length - 1) / 2 - rank) * BEND_STEP;
      flows.push({
        row,
        arrow: curvedArrow(a, b, {
          width: flowWidth(row.count!, maxCount, width),
          bend,
          startGap: radiusOf(origin) + 1,
        }),
      });
    });
  }
  return flows.sort((p, q) => q.row.count! - p.row.count!);
}

/** One legend entry: a glyph in the left column, its text right of it. */
export interface LegendRow {
  kind: "circle" | "flow" | "crossing" | "border";
  /** Glyph centre. */
  x: number;
  y: number;
  /** circle: radius; flow: the arrow. */
  r?: number;
  arrow?: Arrow;
  text: { x: number; y: number; lines: string[]; className: string };
}

export interface Legend {
  /** Headings and notes: text blocks, top at y. */
  blocks: Array<{ x: number; y: number; lines: string[]; className: string }>;
  rows: LegendRow[];
  /** Bottom edge in px. */
  bottom: number;
}

/**
 * The legend, below the map at every width: circle sizes, arrow widths (each route with its count
 * on a narrow artboard, round counts on a wide one), the crossings' dots, the border with the
 * article's whole-border claim, and what the counts leave out. In two columns on an artboard
 * with room for them (kit/artboards.ts).
 */
export function layoutLegend(
  flows: Flow[],
  circleSizes: Array<{ count: number; r: number }>,
  text: {
    title: string;
    circles: string;
    flows: string;
    crossing: string;
    claim: string | null;
    traced: string | null;
  },
  ctx: RenderContext,
  top: number,
): Legend {
  const W = ctx.width;
  const twoColumns = isTwoColumnArtboard(W);
  const colWidth = twoColumns ? (W - 3 * PAD) / 2 : W - 2 * PAD;
  const columns = twoColumns ? [PAD, 2 * PAD + colWidth] : [PAD, PAD];
  const maxCount = Math.max(...flows.map((f) => f.row.count!));
  const glyphW = Math.max(KEY_ARROW, ...circleSizes.map((c) => 2 * c.r));
  const textX = glyphW + 8;
  const blocks: Legend["blocks"] = [];
  const rows: LegendRow[] = [];
  const cursor = [top, top];
  const col = (i: 0 | 1) => (twoColumns ? i : 0);
  const add = (i: 0 | 1, lines: string[], className: string, gapAfter = 2) => {
    const c = col(i);
    blocks.push({ x: columns[c]!, y: cursor[c]!, lines, className });
    cursor[c]! += lines.length * LINE_PX + gapAfter;
  };
  const row = (
    i: 0 | 1,
    kind: LegendRow["kind"],
    glyphH: number,
    text: string,
    className: string,
    extra: Partial<LegendRow> = {},
  ) => {
    const c = col(i);
    const lines = wrapText(text, colWidth - textX, className.includes("map-claim") ? "bold" : "regular");
    const h = Math.max(glyphH, lines.length * LINE_PX) + 4;
    const y = cursor[c]! + h / 2;
    rows.push({
      kind,
      x: columns[c]! + glyphW / 2,
      y,
      ...extra,
      text: { x: columns[c]! + textX, y: y - (lines.length * LINE_PX) / 2, lines, className },
    });
    cursor[c]! += h;
    return y;
  };
  add(0, wrapText(text.title, colWidth, "bold"), "map-key-title", 4);
  // Circles: areas in proportion to the count, as on the map.
  add(0, wrapText(text.circles, colWidth), "map-key-caption");
  for (const c of circleSizes) row(0, "circle", 2 * c.r, ctx.number(c.count), "map-key-value tabular", { r: c.r });
  cursor[col(0)]! += 4;
  // Arrows: widths in proportion to the count; on a phone, each route named with its count.
  add(0, wrapText(text.flows, colWidth), "map-key-caption");
  const entries = twoColumns
    ? ticks(0, maxCount, 3)
        .filter((v) => v > 0)
        .map((count) => ({ count, text: ctx.number(count) }))
    : flows.map((f) => ({
        count: f.row.count!,
        text: ctx.label("keyFlow", { from: f.row.origin, to: f.row.destination!, count: f.row.count! }),
      }));
  for (const e of entries) {
    const w = flowWidth(e.count, maxCount, W);
    const c = col(0);
    const y = row(0, "flow", HEAD_WIDTH * w, e.text, "map-key-value tabular");
    rows.at(-1)!.arrow = curvedArrow([columns[c]!, y], [columns[c]! + KEY_ARROW, y], { width: w });
  }
  cursor[col(1)] = twoColumns ? top : cursor[0]! + 6;
  row(1, "crossing", 6, text.crossing, "map-key-value");
  if (text.claim) row(1, "border", 6, text.claim, `map-claim ${colorClass("claim")}`);
  if (text.traced) {
    cursor[col(1)]! += 4;
    add(1, wrapText(text.traced, colWidth), "annotation");
  }
  return { blocks, rows, bottom: Math.max(...cursor) };
}
