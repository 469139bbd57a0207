import type { RenderedChart } from "../render/chart.ts";
import type { SiteText } from "../i18n/text.ts";
import { publisherName, sourceDate } from "../data/context/source-display.ts";
import { renderedWidth } from "../charts/kit/artboards.ts";
import { lineCount, type FontWeight } from "../charts/kit/text-measure.ts";

/**
 * How tall an embed page is at a frame width, computed at build from the page's own text and
 * artboards, for the heights an embed code declares before the chart reports its own: the plain
 * iframe's fixed height (all a host that strips scripts will ever have) and the oEmbed height.
 * The numbers below are the embed page's CSS (site.css: .embed-body, .chart-*, .embed-credit).
 */
const PAGE_PAD_X = 10;
const PAGE_PAD_Y = 8;
/**
 * Frame widths a code must fit without a script: a 280 px phone less the host page's own
 * margins (20 px a side), to a wide desktop.
 */
export const FRAME_WIDTHS = { min: 240, max: 1280 } as const;

interface Block {
  text: string;
  /** font size and line height, px */
  font: number;
  line: number;
  weight?: FontWeight;
  /** space above, px, and left indent (list items) */
  above: number;
  indent?: number;
}

/** The text blocks of an embed page, top to bottom, with the chart between dek and caption. */
function blocks(chart: RenderedChart, text: SiteText): { head: Block[]; foot: Block[] } {
  const ui = text.ui;
  const correction = chart.history?.latestCorrection;
  const unique = [...new Map(chart.sources.map((s) => [s.source_id, s])).values()];
  const reported = chart.reportedBy.length > 0 ? `${ui["valuesAsReportedBy"]} ${chart.reportedBy.join(", ")}.` : "";
  // SourceLine.astro: up to four sources inline; more fold behind "Sources (n)".
  const sourceLine =
    unique.length > 4
      ? [
          { text: `${ui["sourcesLabel"]} (${unique.length})`, font: 14, line: 22.4, above: 0 },
          ...(reported ? [{ text: reported, font: 14, line: 22.4, above: 0 }] : []),
        ]
      : [
          {
            text: `${ui["sourcesLabel"]}: ${unique.map((s) => `${publisherName(s, text.names)} (${sourceDate(s)})`).join("; ")}${reported ? `. ${reported}` : ""}`,
            font: 14,
            line: 22.4,
            above: 0,
          },
        ];
  return {
    head: [
      { text: chart.title, font: 19, line: 24.7, weight: "bold", above: 0 },
      // .chart-updated: "Updated <date>: <what> All corrections", 14 px, with a 3 px rule and 8 px indent.
      ...(correction
        ? [
            {
              text: `${ui["updated"]} ${correction.date}: ${correction.what} ${ui["allCorrections"]}`,
              font: 14,
              line: 20.3,
              weight: "bold" as const,
              above: 4,
              indent: 11,
            },
          ]
        : []),
      { text: chart.dek, font: 15, line: 21.75, above: correction ? 8 : 4 },
    ],
    foot: [
      ...chart.notes.map((n, i) => ({ text: n, font: 14, line: 22.4, above: i === 0 ? 8 : 0, indent: 17.6 })),
      ...sourceLine.map((b, i) => ({ ...b, above: i === 0 ? 8 : 0 })),
      { text: ui["showData"] ?? "", font: 14, line: 22.4, weight: "bold", above: 12 },
      { text: `${ui["siteName"]} · CSV · JSON`, font: 13, line: 20.8, above: 8 },
    ],
  };
}

// 2 % narrower than the box: the table's advances are rounded, and a browser's line breaks are not ours.
const blockHeight = (b: Block, width: number) =>
  b.above + lineCount(b.text, (width - (b.indent ?? 0)) * 0.98, b.font, b.weight) * b.line;

/** The artboard drawn at a content width: the one that fits, stretched at most as far as the CSS lets it. */
function chartHeight(chart: RenderedChart, slot: number): number {
  const width = renderedWidth(slot);
  const art = [...chart.artboards].reverse().find((a) => a.width <= slot) ?? chart.artboards[0]!;
  const [, , w, h] = (/viewBox="([\d.\s-]+)"/.exec(art.svg)?.[1] ?? "0 0 1 1").trim().split(/\s+/).map(Number);
  return (width * h!) / w!;
}

/** The embed page's height at a frame width, in px (rounded up). */
export function embedHeightAt(chart: RenderedChart, text: SiteText, frameWidth: number): number {
  const slot = frameWidth - 2 * PAGE_PAD_X;
  const { head, foot } = blocks(chart, text);
  const sum = (bs: Block[]) => bs.reduce((total, b) => total + blockHeight(b, slot), 0);
  // +12: the dek's bottom margin above the chart.
  return Math.ceil(2 * PAGE_PAD_Y + sum(head) + 12 + chartHeight(chart, slot) + sum(foot));
}

/**
 * `noScript`: the tallest the page gets at any host width (the plain iframe's fixed height);
 * `at(width)`: the height at one frame width (oEmbed, the gallery's previews).
 */
export function embedHeights(chart: RenderedChart, text: SiteText): { noScript: number; at(width: number): number } {
  let noScript = tallest.get(chart);
  if (noScript === undefined) {
    noScript = 0;
    for (let w = FRAME_WIDTHS.min; w <= FRAME_WIDTHS.max; w++)
      noScript = Math.max(noScript, embedHeightAt(chart, text, w));
    tallest.set(chart, noScript);
  }
  return { noScript, at: (width: number) => embedHeightAt(chart, text, width) };
}
const tallest = new WeakMap<RenderedChart, number>();
