import type { RenderedChart } from "../render/chart.ts";
import type { SiteText } from "../i18n/text.ts";
import { escapeXml as escapeAttr } from "./escape.ts";
import { absolute, paths, type Theme } from "./urls.ts";
import { embedHeights } from "./embed-height.ts";
import { imageLabels, standaloneSvg } from "./standalone-svg.ts";
import { ARTBOARDS } from "../charts/kit/artboards.ts";

export type { Theme };

/**
 * The two embed codes an editor can paste.
 * - Script form: the loader turns the div into an iframe that fits its content. Until then, and
 *   for good where a CMS strips the script (or the reader has JavaScript off), the div shows the
 *   chart's phone-width PNG with its alt text, linking to the story. Not a <noscript>: with
 *   JavaScript on, a browser never shows <noscript>, so a stripped script would leave nothing.
 * - Iframe form: works alone. Many CMSs strip <script>; the iframe then keeps the height of the
 *   chart at the narrowest host width (blank space below on wider pages, never a cut-off chart)
 *   and scrolls if a reader opens "Show the data"; it fits exactly when /embed.js (in the code,
 *   or already on the page) runs.
 * Light is the default theme: a host page cannot tell an iframe its background.
 */
export function embedCodes(
  chart: RenderedChart,
  text: SiteText,
  site: string,
  theme: Theme = "light",
): { script: string; iframe: string } {
  const lang = text.lang;
  const title = escapeAttr(chart.title);
  const themeAttr = theme === "light" ? "" : ` data-theme="${theme}"`;
  const langAttr = lang === "en" ? "" : ` data-lang="${lang}"`;
  const loader = `<script async src="${absolute(site, paths.loader())}"></script>`;
  // Where a CMS strips the script, the phone-width picture in the div is all that is left: the narrowest
  // artboard at its own size (2x pixels), so it reads on a phone; kses allows no srcset.
  const phone = phoneSize(chart, text);
  const image = absolute(site, paths.image(chart.id, "png", lang, "phone"));
  const script =
    `<div data-arms-embed="${chart.id}"${themeAttr} data-title="${title}"${langAttr}>` +
    `<a href="${absolute(site, paths.chart(chart.id, lang))}"><img src="${image}" alt="${escapeAttr(chart.alt)}" width="${Math.round(phone.width)}" height="${Math.round(phone.height)}" style="max-width:100%;height:auto"></a>` +
    `</div>${loader}`;
  const iframe =
    `<iframe src="${absolute(site, paths.embed(chart.id, lang, theme))}" title="${title}" loading="lazy" ` +
    `style="display:block;width:100%;height:${embedHeights(chart, text).noScript}px;border:0"></iframe>${loader}`;
  return { script, iframe };
}

/** The phone-width picture's size, drawn once per rendered chart (each page writes three themes' codes). */
const phoneSizes = new WeakMap<RenderedChart, { width: number; height: number }>();
function phoneSize(chart: RenderedChart, text: SiteText): { width: number; height: number } {
  let size = phoneSizes.get(chart);
  if (!size) {
    const { width, height } = standaloneSvg(chart, imageLabels(chart, text), ARTBOARDS[0]);
    phoneSizes.set(chart, (size = { width, height }));
  }
  return size;
}
