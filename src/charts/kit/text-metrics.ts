import { textWidth, type FontWeight } from "./text-measure.ts";

/** Chart text size in px (site.css .chart-svg); Plot's lineWidth is in ems of it. */
export const FONT_PX = 12;

/**
 * Plot lineWidth (ems) for text that may use `px` of the artboard. Plot measures with Helvetica
 * metrics; our labels are semi-bold system UI, about 12% wider, so wrap that much earlier.
 */
export const emsFor = (px: number) => Math.floor((px / FONT_PX) * 0.86);

/**
 * Greedy word wrap to `maxPx` at chart text size, measured with the widest common UI font's
 * advances (src/charts/kit/text-measure.ts): a line that fits here fits in any reader's font.
 * Ordinary spaces only break; a no-break space (a date, "EE. UU.") keeps its words together.
 */
export function wrapText(text: string, maxPx: number, weight: FontWeight = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\r\n]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, FONT_PX, weight) > maxPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width in px of one line of chart text. */
export const lineWidthPx = (text: string, weight: FontWeight = "regular") => textWidth(text, FONT_PX, weight);
