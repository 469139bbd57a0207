/**
 * The one text-measure model of the charts and what is published around them: how wide a text
 * is, where it wraps, how tall its lines are. Charts, the map's labels, the standalone SVG and the
 * embed heights all measure here.
 *
 * Widths are DejaVu Sans advances (Debian's system-ui, and the widest of the common UI fonts: San
 * Francisco, Segoe UI and Roboto set the same text narrower), measured in Chromium with canvas
 * measureText at 100 px, in hundredths of an em. A line that fits by them fits in any reader's
 * font, and heights estimated from them err on the tall side: blank space rather than a cut-off chart.
 */
const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~áéíóúñÁÉÍÓÚÑüÜ¿¡“”‘’«»–—·…×÷°";
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84, 61, 62, 28, 61, 63, 63, 68, 63, 29, 79, 73, 75, 63, 73, 53, 40, 52, 52, 32, 32, 61,
  61, 50, 100, 32, 100, 84, 84, 50,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84, 67, 68, 34, 69, 71, 71, 77, 68, 37, 85, 81, 84, 71, 81, 58, 46, 66, 66, 38, 38, 65,
  65, 50, 100, 38, 100, 84, 84, 50,
];
/** A character not in the table (CJK, emoji) is counted as wide as "M". */
const FALLBACK = { regular: 86, bold: 100 } as const;

const table = (advances: number[]) => new Map([...CHARS].map((c, i) => [c, advances[i]!]));
const ADVANCE = { regular: table(REGULAR), bold: table(BOLD) } as const;

export type FontWeight = keyof typeof ADVANCE;

/** Chart text size in px (site.css .chart-svg); Plot's lineWidth is in ems of it. */
export const FONT_PX = 12;

/**
 * The height of one line of chart text in px: 1.25 lines of FONT_PX, so the halo of one line does
 * not clip the descenders of the line above.
 */
export const LINE_PX = 15;

/** LINE_PX as Plot's lineHeight, in ems of FONT_PX. */
export const LINE_EMS = LINE_PX / FONT_PX;

/** The width of a text in px at a font size (chart text size unless given). */
export function textWidth(text: string, fontPx: number = FONT_PX, weight: FontWeight = "regular"): number {
  let hundredths = 0;
  for (const c of text)
    hundredths += ADVANCE[weight].get(c) ?? (c === "\u00a0" ? ADVANCE[weight].get(" ")! : FALLBACK[weight]);
  return (hundredths / 100) * fontPx;
}

/** How many lines a text takes, wrapped greedily at spaces (as a browser does) in `widthPx`. */
export function lineCount(text: string, widthPx: number, fontPx: number, weight: FontWeight = "regular"): number {
  const space = textWidth(" ", fontPx, weight);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \n]+/).filter(Boolean)) {
    const w = textWidth(word, fontPx, weight);
    if (used > 0 && used + space + w > widthPx) {
      lines += 1 + Math.floor(w / widthPx); // a word wider than the line breaks where it must
      used = w % widthPx;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/** A text's width in px, as a wrap measures it. */
export type Measure = (text: string) => number;

/**
 * Greedy word wrap to `maxPx` by a measure. Ordinary spaces only break; a no-break space (a date,
 * "EE. UU.") keeps its words together. A word wider than the line stays whole on its own line.
 */
export function wrap(text: string, maxPx: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\r\n]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Greedy word wrap of chart text (FONT_PX) to `maxPx`, by the advances above. */
export const wrapText = (text: string, maxPx: number, weight: FontWeight = "regular") =>
  wrap(text, maxPx, (t) => textWidth(t, FONT_PX, weight));

/** The width in px of one line of chart text. */
export const lineWidthPx = (text: string, weight: FontWeight = "regular") => textWidth(text, FONT_PX, weight);

/**
 * Plot lineWidth (ems) for text that may use `px` of the artboard. Plot wraps by its own
 * Helvetica metrics; our labels are semi-bold system UI, about 12% wider, so wrap that much earlier.
 */
export const emsFor = (px: number) => Math.floor((px / FONT_PX) * 0.86);

/**
 * A coarser estimate, px a character at 12 px, that the map's label boxes and the standalone
 * SVG's title and source lines are laid out with, kept as a named parameter of this model so
 * their pictures stay as they were. The standalone file sets Liberation Sans (Arial's metrics),
 * narrower than these. Against DejaVu Sans it is generous for capitals and narrow for bold names
 * with wide letters (Nuevo León: 72 px here, 80 px by the bold advances): overestimating only
 * costs a label; underestimating lets labels come closer than their gap. Measured by the
 * advances instead, the map keeps its 400-720 px artboards as they are, but on the 260 px one the
 * wider state names leave no room for "UNITED STATES": the map's layout would need retuning first.
 */
export const CHAR_PX = { normal: 6.6, bold: 7.2, caps: 8.4 } as const;
export type EstimateWeight = keyof typeof CHAR_PX;

/** A text's width in px at chart text size by CHAR_PX, rounded up. */
export const estimatedWidth = (text: string, weight: EstimateWeight = "normal") =>
  Math.ceil(text.length * CHAR_PX[weight]);

/** Greedy word wrap to `maxPx` (in chart-text px) by CHAR_PX. */
export const wrapEstimated = (text: string, maxPx: number, weight: EstimateWeight = "normal") =>
  wrap(text, maxPx, (t) => estimatedWidth(t, weight));

/**
 * The room a bar's value label takes right of its bar: 8 px a character, the bold digit's
 * advance (DejaVu Sans Bold, 0.70 em at 12 px is 8.4 px; a comma or point is half that).
 */
export const VALUE_CHAR_PX = 8;
