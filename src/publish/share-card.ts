/**
 * The social card of each edition (og:image, twitter:image): 1,200 x 630 px, the size Facebook,
 * LinkedIn, X and Slack crop to without losing an edge. The headline and the summary line on the
 * left, the lead chart (data/check.json) on the right as its standalone SVG; rendered to PNG at
 * build with resvg and the shipped Liberation fonts, so it looks the same on every machine.
 */
import { PAGE_COLORS, PALETTE } from "../charts/kit/palette.ts";
import { escapeXml as escape } from "./escape.ts";
import { leadSummary } from "../i18n/lead-summary.ts";
import { derived, siteCharts, siteStory } from "./rendered.ts";
import { standaloneSvg } from "./standalone-svg.ts";
import { textWidth, wrap as wrapBy, type FontWeight } from "../charts/kit/text-measure.ts";
import { svgToPng } from "./png.ts";

export const SHARE_CARD = { width: 1200, height: 630 } as const;
const PAD = 48;
const TEXT_W = 470; // the text column; the chart takes the rest
/** Inline styles: the chart's own stylesheet, nested in the card, would win over presentation attributes. */
const style = (px: number, weight: "normal" | "bold", fill: string) =>
  `style="font-family:'Liberation Sans';font-size:${px}px;font-weight:${weight};fill:${fill}"`;

/** Greedy wrap at spaces, measured with DejaVu Sans advances (wider than Liberation Sans: lines end early, never overflow). */
const wrap = (text: string, widthPx: number, fontPx: number, weight: FontWeight = "regular") =>
  wrapBy(text, widthPx, (t) => textWidth(t, fontPx, weight));

/** At most `max` lines; a cut text ends with an ellipsis. */
const clip = (lines: string[], max: number) =>
  lines.length <= max ? lines : [...lines.slice(0, max - 1), `${lines[max - 1]}…`];

/** The edition's headline, summary and lead chart as card text and SVG, with the alt text the og tags give it. */
export const shareCard = (lang: string): { svg: string; alt: string } =>
  derived(lang, "share-card", () => drawShareCard(lang));

function drawShareCard(lang: string): { svg: string; alt: string } {
  const { text, charts } = siteCharts(lang);
  const story = siteStory();
  const headline = text.article?.headline ?? story.article.headline.text;
  const summary = leadSummary(story.claims, text);
  const lead = charts.find((c) => c.id === story.check.leadChart)!;
  const ui = text.ui;
  const page = PAGE_COLORS.light;
  const chart = standaloneSvg(lead, {
    credit: ui["siteName"]!,
    sources: ui["standaloneSources"]!,
    asReportedBy: ui["asReportedBy"]!,
  });

  const title = clip(wrap(headline, TEXT_W, 44, "bold"), 5);
  const titleTop = PAD + 60;
  const dekTop = titleTop + title.length * 52 + 24;
  // As many summary lines as fit above the bottom margin.
  const dek = clip(wrap(summary, TEXT_W, 24), Math.floor((SHARE_CARD.height - PAD - dekTop - 24) / 32) + 1);
  // The chart keeps its proportions inside the space right of the text.
  const box = {
    x: PAD + TEXT_W + 32,
    y: 24,
    w: SHARE_CARD.width - (PAD + TEXT_W + 32) - 24,
    h: SHARE_CARD.height - 48,
  };
  const scale = Math.min(box.w / chart.width, box.h / chart.height);
  const [w, h] = [chart.width * scale, chart.height * scale];
  // Nested as an <svg> element, not an <image>: resvg gives a nested image no fonts.
  const nested = chart.svg.replace(
    /^<svg xmlns="[^"]+" width="[^"]+" height="[^"]+"/,
    `<svg x="${box.x + (box.w - w) / 2}" y="${box.y + (box.h - h) / 2}" width="${w}" height="${h}"`,
  );

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD.width}" height="${SHARE_CARD.height}" viewBox="0 0 ${SHARE_CARD.width} ${SHARE_CARD.height}">` +
    `<rect width="100%" height="100%" fill="${page.panel}"/>` +
    `<rect x="0" y="0" width="12" height="100%" fill="${page.accent}"/>` +
    `<text x="${PAD}" y="${PAD + 16}" ${style(22, "bold", page.accent)} letter-spacing="1">${escape(ui["siteName"]!.toUpperCase())}</text>` +
    title
      .map((l, i) => `<text x="${PAD}" y="${titleTop + 40 + i * 52}" ${style(44, "bold", page.fg)}>${escape(l)}</text>`)
      .join("") +
    dek
      .map(
        (l, i) => `<text x="${PAD}" y="${dekTop + 24 + i * 32}" ${style(24, "normal", page.muted)}>${escape(l)}</text>`,
      )
      .join("") +
    `<rect x="${box.x + (box.w - w) / 2 - 1}" y="${box.y + (box.h - h) / 2 - 1}" width="${w + 2}" height="${h + 2}" fill="${PALETTE.light.background}" stroke="${page.rule}"/>` +
    nested +
    `</svg>`;
  return { svg, alt: `${headline}. ${summary}` };
}

/** The card as PNG at exactly 1,200 x 630 (svgToPng renders at twice the width it is given). */
export const shareCardPng = (lang: string) => svgToPng(shareCard(lang).svg, SHARE_CARD.width / 2);
