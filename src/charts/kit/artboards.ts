/**
 * Artboards: each chart is drawn at these widths (px), and the page shows the widest one that
 * fits its container (CSS container queries, as ai2html does), so it works without JavaScript.
 *
 * Chart text is set at FONT_PX (kit/text-measure.ts) in the drawing. An artboard is never
 * shrunk, and never stretched past MAX_TEXT_PX / FONT_PX, so chart text renders at 12 to 16.5 px
 * in any slot from a 280 px phone (260 px of content) to a 1,280 px embed (DESIGN.md,
 * "Rendering"). The widths are spaced so that, stretched by at most that much, each artboard
 * fills at least 90 % of every slot up to the next one: 260 -> 357.5 px, 300 -> 412.5, 400 -> 550, 540 -> 742.5, 720 -> 990.
 */
import { FONT_PX } from "./text-measure.ts";

export const ARTBOARDS = [260, 300, 400, 540, 720] as const;

/** The largest chart text may render, whatever the slot (the chart title is 19 px). */
export const MAX_TEXT_PX = 16.5;
/** How far an artboard may be stretched. */
export const MAX_STRETCH = MAX_TEXT_PX / FONT_PX;
/**
 * The artboard printed on paper: A4 and Letter text widths (703-718 px with 15 mm margins) show
 * the 720 one at 98-100 %, chart text at about 9 pt; the 540 one stretched there made every
 * chart a third taller (issue 14: the story printed on 20 pages).
 */
export const PRINT_ARTBOARD = 720;

/** The narrowest artboard a tablet or desktop shows: narrower ones are a phone's, where a chart may write less. */
export const FIRST_WIDE_ARTBOARD = ARTBOARDS[2];
/** Whether an artboard is one a phone shows. */
export const isPhoneArtboard = (width: number) => width < FIRST_WIDE_ARTBOARD;

/**
 * The narrowest artboard with room for two columns side by side (the timeline's lanes, the flow
 * map's legend columns and its route counts written at the arrows).
 */
export const FIRST_TWO_COLUMN_ARTBOARD = ARTBOARDS[3];
/** Whether an artboard has room for two columns side by side. */
export const isTwoColumnArtboard = (width: number) => width >= FIRST_TWO_COLUMN_ARTBOARD;

/** A chart is as wide as its widest artboard; with this much room beside it a side, it breaks out of the text column. */
const BREAKOUT_SIDE = 40;

/** The widest artboard that fits a slot (the narrowest one below every artboard). */
export const artboardFor = (slot: number) => [...ARTBOARDS].reverse().find((w) => w <= slot) ?? ARTBOARDS[0];

/** The width an artboard renders at in a slot: the slot, capped at its largest stretch. */
export const renderedWidth = (slot: number) => Math.min(slot, artboardFor(slot) * MAX_STRETCH);

/**
 * The CSS that picks and sizes artboards, and sizes a chart to its widest one, made from the
 * widths above so they are spelled once. `.chart-artboards` is the query container (site.css).
 * It goes in each page's head, before site.css, so site.css's print rules still win a tie.
 */
export function artboardCss(): string {
  const rules = ARTBOARDS.map((w, i) => {
    const show = `.artboard[data-w="${w}"]{display:block}`;
    const hidePrev = i > 0 ? `.artboard[data-w="${ARTBOARDS[i - 1]}"]{display:none}` : "";
    const pick = i === 0 ? show : `@container (min-width:${w}px){${hidePrev}${show}}`;
    return `${pick}.artboard[data-w="${w}"] svg{max-width:${w * MAX_STRETCH}px}`;
  });
  const print = `@media print{.artboard{display:none!important}.artboard[data-w="${PRINT_ARTBOARD}"]{display:block!important}.artboard svg{max-width:none}}`;
  const widest = ARTBOARDS.at(-1)!;
  // On wide screens a chart breaks out of the text column to its widest artboard.
  const chart = `.chart{max-width:${widest}px}@media (min-width:${widest + BREAKOUT_SIDE * 2}px){.story .chart{width:${widest}px;max-width:none;margin-left:calc(50% - ${widest / 2}px)}}`;
  return `.artboard{display:none}${rules.join("")}${print}${chart}`;
}
