import { ticks } from "d3";
import type { FlowMapRow } from "./flow-map.ts";
import type { RenderContext } from "./types.ts";
import { curvedArrow, HEAD_WIDTH, type Arrow, type Point } from "../map/arrows.ts";
import { LINE_PX, wrap, type Rect } from "../map/labels.ts";

/** Widest flow in px: grows with the artboard, and the narrowest flow stays over 2 px at 300 px. */
export const maxFlowWidth = (width: number) => 3 + width / 180;
/** Radius in px of the largest source-state circle; circle areas are proportional to the count. */
export const maxRadius = (width: number) => 8 + width / 36;
/**
 * Flow width in px for a count: proportional, the largest corridor at `maxFlowWidth`. Rounded to
 * 0.1 px, the precision renderSvg writes, so the head is sized from the width the SVG carries.
 */
export const flowWidth = (count: number, maxCount: number, width: number) => Math.round((count / maxCount) * maxFlowWidth(width) * 10) / 10;
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
export function layoutFlows(corridors: FlowMapRow[], xy: (lon: number, lat: number) => Point, radiusOf: (state: string) => number, width: number): Flow[] {
  const maxCount = Math.max(...corridors.map((c) => c.count!));
  const flows: Flow[] = [];
  for (const origin of [...new Set(corridors.map((c) => c.origin))]) {
    const ends = corridors
      .filter((c) => c.origin === origin)
      .map((row) => ({ row, a: xy(row.origin_lon, row.origin_lat), b: xy(row.destination_lon!, row.destination_lat!) }))
      .sort((p, q) => Math.atan2(p.b[1] - p.a[1], p.b[0] - p.a[0]) - Math.atan2(q.b[1] - q.a[1], q.b[0] - q.a[0]));
    ends.forEach(({ row, a, b }, rank) => {
      const bend = ends.length === 1 ? BEND_SINGLE : ((ends.length - 1) / 2 - rank) * BEND_STEP;
      flows.push({ row, arrow: curvedArrow(a, b, { width: flowWidth(row.count!, maxCount, width), bend, startGap: radiusOf(origin) + 1 }) });
    });
  }
  return flows.sort((p, q) => q.row.count! - p.row.count!);
}

export interface Key {
  title: { x: number; y: number; lines: string[] };
  /** One arrow per row, its text right of it. */
  rows: Array<{ text: string; y: number; arrow: Arrow }>;
  textX: number;
  note: { x: number; y: number; lines: string[] };
  box: Rect;
}

/**
 * The key, with the traced-guns note under it. Wide (`inset`): round counts, set in the Pacific
 * above the map's bottom edge. Narrow: below the map, one row per corridor with its full name and
 * count, so the map itself only needs the states' names.
 */
export function layoutKey(flows: Flow[], note: string | null, ctx: RenderContext, { inset, mapHeight }: { inset: boolean; mapHeight: number }): Key {
  const W = ctx.width;
  const width = inset ? 200 : W - 2 * PAD;
  const maxCount = Math.max(...flows.map((f) => f.row.count!));
  const title = wrap(ctx.label("keyTitle"), width, "bold");
  const entries = inset
    ? ticks(0, maxCount, 3)
        .filter((v) => v > 0)
        .map((count) => ({ count, text: ctx.number(count) }))
    : flows.map((f) => ({ count: f.row.count!, text: ctx.label("keyFlow", { from: f.row.origin, to: f.row.destination!, count: f.row.count! }) }));
  const rowHeight = (count: number) => Math.max(LINE_PX, HEAD_WIDTH * flowWidth(count, maxCount, W)) + 4;
  const noteLines = note ? wrap(note, width) : [];
  const height = title.length * LINE_PX + 2 + entries.reduce((s, e) => s + rowHeight(e.count), 0) + (noteLines.length ? 6 + noteLines.length * LINE_PX : 0);
  const top = inset ? mapHeight - PAD - height : mapHeight + 12;
  let y = top + title.length * LINE_PX + 2;
  const rows = entries.map((e) => {
    const mid = y + rowHeight(e.count) / 2;
    y += rowHeight(e.count);
    return { text: e.text, y: mid, arrow: curvedArrow([PAD, mid], [PAD + KEY_ARROW, mid], { width: flowWidth(e.count, maxCount, W) }) };
  });
  const noteTop = y + 6;
  return {
    title: { x: PAD, y: top, lines: title },
    rows,
    textX: PAD + KEY_ARROW + 8,
    note: { x: PAD, y: noteTop, lines: noteLines },
    box: { x0: PAD, y0: top, x1: PAD + width, y1: noteTop + noteLines.length * LINE_PX },
  };
}
