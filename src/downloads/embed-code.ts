import type { RenderedChart } from "../render/chart.ts";
import type { SiteText } from "../i18n/text.ts";
import { escapeXml as escapeAttr } from "./escape.ts";
import { absolute, paths, type Theme } from "./site.ts";
import { embedHeights } from "./embed-height.ts";
import { imageLabels, standaloneSvg } from "./standalone-svg.ts";
import { ARTBOARDS } from "../render/artboards.ts";

export type { Theme };

/**
 * The two embed codes an editor can paste.
 * - Script form: becomes an iframe that fits its content; its <noscript> shows the chart's
 *   phone-width PNG, with its alt text, linking to the story.
 * - Iframe form: works alone. Many CMSs strip <script>; the iframe is then as tall as the chart
 *   is at the narrowest host width (blank space below on wider pages, never a cut-off chart),
 *   and fits exactly when /embed.js (in the code, or already on the page) runs.
 * Light is the default theme: a host page cannot tell an iframe its background.
 */
export function embedCodes(chart: RenderedChart, text: SiteText, site: string, theme: Theme = "light"): { script: string; iframe: string } {
  const lang = text.lang;
  const title = escapeAttr(chart.title);
  const themeAttr = theme === "light" ? "" : ` data-theme="${theme}"`;
  const langAttr = lang === "en" ? "" : ` data-lang="${lang}"`;
  const loader = `<script async src="${absolute(site, paths.loader())}"></script>`;
  // Where a CMS strips the script, the <noscript> image is all that is left: the narrowest
  // artboard at its own size (2x pixels), so it reads on a phone; kses allows no srcset.
  const phone = standaloneSvg(chart, imageLabels(chart, text), ARTBOARDS[0]);
  const image = absolute(site, paths.image(chart.id, "png", lang, "phone"));
  const script =
    `<div data-arms-embed="${chart.id}"${themeAttr} data-title="${title}"${langAttr}>` +
    `<noscript><a href="${absolute(site, paths.chart(chart.id, lang))}"><img src="${image}" alt="${escapeAttr(chart.alt)}" width="${phone.width}" height="${phone.height}" style="max-width:100%;height:auto"></a></noscript>` +
    `</div>${loader}`;
  const iframe =
    `<iframe src="${absolute(site, paths.embed(chart.id, lang, theme))}" title="${title}" loading="lazy" scrolling="no" ` +
    `style="display:block;width:100%;height:${embedHeights(chart, text).noScript}px;border:0"></iframe>${loader}`;
  return { script, iframe };
}
