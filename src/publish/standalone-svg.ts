import type { RenderedChart } from "../render/chart.ts";
import { PAGE_COLORS, PALETTE, markCss } from "../charts/kit/palette.ts";
import { publisherName } from "../data/context/source-display.ts";
import { wrapEstimated as wrap } from "../charts/kit/text-measure.ts";
import { escapeXml as escape } from "./escape.ts";
import type { SiteText } from "../i18n/text.ts";
import { formatDate } from "../data/format.ts";

const PAD = 16;

/** The words a chart's standalone SVG carries in an edition: credit, source labels, and the correction notice. */
export function imageLabels(chart: RenderedChart, text: SiteText) {
  const correction = chart.history?.latestCorrection;
  return {
    credit: text.ui["siteName"]!,
    sources: text.ui["standaloneSources"]!,
    asReportedBy: text.ui["asReportedBy"]!,
    // A publisher as the edition names it (SourceLine.astro does the same on the page).
    names: text.names,
    notice: correction
      ? `${text.ui["updated"]} ${formatDate(correction.date, text.locale)}: ${correction.what}`
      : undefined,
  };
}

/**
 * `/data/<id>.svg`: an artboard (the widest unless `artboard` names another width) as a file
 * that stands alone — title above, source below, light colours and fonts declared inside, no
 * page CSS needed. Also the PNG's input.
 */
export function standaloneSvg(
  chart: RenderedChart,
  labels: {
    credit: string;
    sources: string;
    asReportedBy: string;
    names?: Record<string, string>;
    /** "Updated <date>: <what>" for a corrected chart */ notice?: string;
  },
  artboard?: number,
): { svg: string; width: number; height: number } {
  const p = PALETTE.light;
  const art =
    (artboard === undefined ? undefined : chart.artboards.find((a) => a.width === artboard)) ?? chart.artboards.at(-1)!;
  const inner = art.svg;
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(inner)!.map(Number) as [number, number, number];
  const width = w + PAD * 2;
  // wrap() measures 12 px text by the character estimate (kit/text-measure.ts CHAR_PX): the 18 px title gets two thirds of the width in those units.
  const titleLines = wrap(chart.title, ((width - PAD * 2) * 12) / 18, "bold");
  const reported = chart.reportedBy.length ? ` (${labels.asReportedBy} ${chart.reportedBy.join(", ")})` : "";
  const source = `${labels.credit} · ${labels.sources}: ${[...new Set(chart.sources.map((s) => publisherName(s, labels.names ?? {})))].join("; ")}${reported}`;
  const sourceLines = wrap(source, width - PAD * 2);
  const noticeLines = labels.notice ? wrap(labels.notice, width - PAD * 2, "bold") : [];
  const top = PAD + titleLines.length * 22 + noticeLines.length * 15 + 8;
  const height = top + h + 12 + sourceLines.length * 15 + PAD;
  const css =
    markCss("light") +
    `text{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:12px;fill:currentColor}` +
    `.t{font-size:18px;font-weight:700}.n{font-weight:700;fill:${PAGE_COLORS.light.accent}}.s{fill:${p.muted}}.bar-label,.bar-value,.track-label,.article-label{font-weight:700}.annotation{font-style:italic;fill:${p.muted}}` +
    `.grid,.track-line{color:${p.grid}}.baseline,.annotation-connector{color:${p.muted}}` +
    // The flow map's labels: halos where they cross a flow, and the weights the site CSS gives them.
    `.map-label{paint-order:stroke;stroke:${p.background};stroke-width:3px;stroke-linejoin:round}` +
    `.map-state-label,.map-destination-label,.map-key-title,.map-claim{font-weight:600}.map-country,.map-crossing-label{fill:${p.muted}}`;
  // Renderers differ in how far CSS `color` reaches currentColor (resvg stops at the class), so
  // write each colour class's colour into that element's fill and stroke.
  const coloured = inner.replace(/<[a-z]+[^>]*\sclass="[^"]*\bc-([a-z]+)\b[^"]*"[^>]*>/g, (tag, name: string) => {
    const colour = (p as Record<string, string>)[name];
    if (!colour) return tag;
    const withFill = / fill="/.test(tag) ? tag : tag.replace(/^<([a-z]+)/, `<$1 fill="${colour}"`);
    return withFill.replace(/currentColor/g, colour);
  });
  const body = coloured.replace(
    /^<svg([^>]*)>/,
    (_, attrs: string) =>
      `<svg x="${PAD}" y="${top}"${attrs.replace(/ (width|height)="[^"]*"/g, "")} width="${w}" height="${h}">`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${p.text}">` +
    `<title>${escape(chart.title)}</title><desc>${escape(chart.alt)}</desc><style>${css}</style>` +
    `<rect width="100%" height="100%" fill="${p.background}"/>` +
    titleLines.map((l, i) => `<text class="t" x="${PAD}" y="${PAD + 16 + i * 22}">${escape(l)}</text>`).join("") +
    noticeLines
      .map((l, i) => `<text class="n" x="${PAD}" y="${PAD + titleLines.length * 22 + 12 + i * 15}">${escape(l)}</text>`)
      .join("") +
    body +
    sourceLines.map((l, i) => `<text class="s" x="${PAD}" y="${top + h + 24 + i * 15}">${escape(l)}</text>`).join("") +
    `</svg>`;
  return { svg, width, height };
}
