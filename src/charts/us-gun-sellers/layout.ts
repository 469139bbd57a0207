import * as Plot from "@observablehq/plot";
import type { RenderContext } from "../types.ts";
import { barLabel, RETAIL, type GunSellersRow } from "./rows.ts";
import { colorClass } from "../kit/palette.ts";
import { DATA_MARK } from "../types.ts";
import { LINE_EMS, LINE_PX, lineWidthPx, wrapText, type FontWeight } from "../kit/text-measure.ts";

/** Heights and gaps in px. */
const BAR_H = 28;
const SWATCH = 12;
const SERIES_BAR = 10;
const SERIES_ROW = 20;
/** Air between a rule's end and the nearest text, and between blocks. */
const GAP = 6;
const RIGHT = 4;

/** A block of wrapped text, its top at y. */
interface Block {
  x: number;
  y: number;
  lines: string[];
  anchor: "start" | "end";
  className: string;
}

const blockHeight = (b: Block) => b.lines.length * LINE_PX;
const block = (
  x: number,
  y: number,
  text: string,
  maxPx: number,
  weight: FontWeight,
  className: string,
  anchor: Block["anchor"] = "start",
): Block => ({
  x,
  y,
  lines: wrapText(text, Math.max(maxPx, 40), weight),
  anchor,
  className,
});

/** Text blocks as Plot text: one mark per anchor and class (Plot takes one of each per mark). */
const texts = (blocks: Block[]) =>
  [...new Set(blocks.map((b) => `${b.anchor} ${b.className}`))].map((kind) =>
    Plot.text(
      blocks.filter((b) => `${b.anchor} ${b.className}` === kind),
      {
        x: "x",
        y: "y",
        text: (b: Block) => b.lines.join("\n"),
        textAnchor: kind.split(" ")[0] as Block["anchor"],
        lineAnchor: "top",
        lineHeight: LINE_EMS,
        className: kind.split(" ")[1],
        fill: "currentColor",
      },
    ),
  );

/**
 * The 133,000 chart at one artboard width, laid out top to bottom in px: the article's figure,
 * fiscal 2023's licensees as one bar (retail licence types first, in the highlight colour), the
 * key, the yearly totals as a small companion, and Mexico's one store as a note.
 */
export function gunSellersOptions(rows: GunSellersRow[], ctx: RenderContext): Plot.PlotOptions {
  const W = ctx.width;
  const claim = rows.find((r) => r.group === "claim")!;
  const types = rows
    .filter((r) => r.group === "type")
    .sort((a, b) => Number(RETAIL.has(b.licence_type)) - Number(RETAIL.has(a.licence_type)));
  const totals = rows.filter((r) => r.group === "total");
  const total = totals.find((r) => r.year === types[0]!.year)!;
  const max = Math.max(claim.count, total.count);
  const x = (v: number) => (v / max) * (W - RIGHT);
  const note = (key: string) => ctx.annotations.find((a) => a.key === key)!.text;

  // 1. The article's figure, ending at its x; the dashed rule runs from under it to the bar's foot.
  const claimX = x(claim.count);
  const claimNote = block(claimX, 0, note("claim"), Math.min(claimX, 240), "regular", "annotation", "end");
  let y = blockHeight(claimNote) + GAP;
  const ruleTop = y - GAP / 2;
  // 2. The bar's title, wrapped short of the rule so the rule never runs through it.
  const title = block(0, y, ctx.label("barTitle"), claimX - 2 * GAP, "bold", "bar-label");
  y += blockHeight(title) + GAP;
  // 3. The bar: one segment per licence type, retail first; a px of background between segments.
  const barTop = y;
  let at = 0;
  const segments = types.map((r) => {
    const seg = {
      x1: x(at),
      x2: x(at + r.count),
      retail: RETAIL.has(r.licence_type),
      aria: `${barLabel(r, ctx)}: ${ctx.number(r.count)}`,
    };
    at += r.count;
    return seg;
  });
  y += BAR_H;
  const ruleBottom = y + GAP / 2;
  y += 2 * GAP;
  // 4. The key: each colour, what it stands for and its count.
  const keyText = SWATCH + GAP;
  const keys = (["retail", "other"] as const).map((k) => {
    const b = block(
      keyText,
      y,
      ctx.label(k === "retail" ? "retailKey" : "otherKey"),
      W - keyText - RIGHT,
      "regular",
      "key-label",
    );
    const row = { key: k, block: b, swatchY: y + (LINE_PX - SWATCH) / 2 };
    y += blockHeight(b) + GAP;
    return row;
  });
  // 5. The companion: every fiscal year's total, small, with its value; no rule crosses it.
  y += 2 * GAP;
  const seriesTitle = block(0, y, ctx.label("seriesTitle"), W - RIGHT, "bold", "bar-label");
  y += blockHeight(seriesTitle) + 2;
  const yearW = Math.max(...totals.map((r) => lineWidthPx(String(r.year)))) + GAP;
  const valueW = Math.max(...totals.map((r) => lineWidthPx(ctx.number(r.count), "bold"))) + GAP;
  const seriesMax = Math.max(...totals.map((r) => r.count));
  const series = totals.map((r, i) => {
    const mid = y + i * SERIES_ROW + SERIES_ROW / 2;
    const x2 = yearW + ((W - RIGHT - yearW - valueW) * r.count) / seriesMax;
    return {
      year: String(r.year),
      value: ctx.number(r.count),
      mid,
      x2,
      aria: `${barLabel(r, ctx)}: ${ctx.number(r.count)}`,
    };
  });
  y += totals.length * SERIES_ROW + 2 * GAP;
  // 6. Mexico's one store.
  const mexico = block(0, y, note("mexico"), W - RIGHT, "regular", "annotation");
  y += blockHeight(mexico) + GAP;

  return {
    width: W,
    height: Math.ceil(y),
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      ...(["retail", "other"] as const).map((k) =>
        Plot.rect(
          segments.filter((s) => s.retail === (k === "retail")),
          {
            x1: "x1",
            x2: "x2",
            y1: barTop,
            y2: barTop + BAR_H,
            insetRight: 1,
            fill: "currentColor",
            ariaLabel: "aria",
            className: `${DATA_MARK} ${colorClass(k === "retail" ? "highlight" : "other")}`,
          },
        ),
      ),
      Plot.ruleX([claimX], {
        y1: ruleTop,
        y2: ruleBottom,
        className: `claim-rule ${colorClass("claim")}`,
        stroke: "currentColor",
        strokeDasharray: "4,3",
        strokeWidth: 1.5,
      }),
      ...keys.map((k) =>
        Plot.rect([k], {
          x1: 0,
          x2: SWATCH,
          y1: k.swatchY,
          y2: k.swatchY + SWATCH,
          fill: "currentColor",
          className: `key-swatch ${colorClass(k.key === "retail" ? "highlight" : "other")}`,
        }),
      ),
      Plot.rect(series, {
        x1: yearW,
        x2: "x2",
        y1: (d) => d.mid - SERIES_BAR / 2,
        y2: (d) => d.mid + SERIES_BAR / 2,
        fill: "currentColor",
        ariaLabel: "aria",
        className: `${DATA_MARK} ${colorClass("record")}`,
      }),
      Plot.text(series, {
        x: 0,
        y: "mid",
        text: "year",
        textAnchor: "start",
        className: "axis-label tabular",
        fill: "currentColor",
      }),
      Plot.text(series, {
        x: (d) => d.x2 + 4,
        y: "mid",
        text: "value",
        textAnchor: "start",
        className: "bar-value",
        fill: "currentColor",
      }),
      ...texts([claimNote, title, ...keys.map((k) => k.block), seriesTitle, mexico]),
    ],
  };
}
