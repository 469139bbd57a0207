import { chartImage, siteChart, siteCharts } from "./rendered.ts";
import { embedHeights } from "./embed-height.ts";
import { escapeXml as escapeAttr } from "./escape.ts";
import { absolute, paths } from "./urls.ts";
import type { RenderedChart } from "../render/chart.ts";

/**
 * The widths oEmbed responses are published at. A consumer sends `maxwidth` (WordPress: its
 * content width); the deploy server answers with the widest response not wider than that
 * (deploy/nginx.conf), 320 below 480, and the 720 one when none is asked for. The first paint is
 * then the right height; the embed page's own messages correct it to the pixel afterwards.
 */
export const OEMBED_WIDTHS = [320, 480, 600, 720] as const;
export const OEMBED_DEFAULT_WIDTH = 720;

/** Static oEmbed (https://oembed.com/, section 2.3.4: type "rich" carries the HTML to embed). */
export function oembed(id: string, lang: string, base: string, frameWidth: number = OEMBED_DEFAULT_WIDTH) {
  const chart = siteChart(id, lang);
  // The thumbnail is the chart's PNG (2x its standalone SVG), in the edition's language.
  const { width, height } = chartImage(id, lang);
  const { text } = siteCharts(lang);
  const ui = text.ui;
  return {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: ui["siteName"],
    provider_url: absolute(base, paths.story(lang)),
    width: frameWidth,
    height: embedHeights(chart, text).at(frameWidth),
    html: oembedHtml(chart, base, lang, embedHeights(chart, text).at(frameWidth)),
    thumbnail_url: absolute(base, paths.image(chart.id, "png", lang)),
    thumbnail_width: width * 2,
    thumbnail_height: height * 2,
  };
}

/**
 * The oEmbed `html`: a blockquote linking to the chart in the story, then an iframe of the embed
 * page, then the loader. This is the shape WordPress accepts from a provider it does not know
 * (wp_filter_oembed_result: it keeps only a, blockquote and iframe with a few attributes, and
 * needs the iframe). WordPress then sandboxes the iframe, adds its secret, shows the blockquote
 * until the embed page speaks its protocol (src/client/embed-child.ts), and sizes the frame.
 * - width="100%": styles are stripped, and the frame must follow the text column.
 * - no scrolling="no": a chart taller than WordPress's 1,000 px cap scrolls inside its frame.
 * - Hosts that keep the whole HTML (no sanitizer) get the iframe code's behaviour: the loader
 *   resizes the frame and the blockquote stays hidden (style="display:none"; WordPress strips it).
 */
export function oembedHtml(chart: RenderedChart, base: string, lang: string, height: number): string {
  const title = escapeAttr(chart.title);
  const story = absolute(base, paths.chart(chart.id, lang));
  const src = absolute(base, paths.embed(chart.id, lang));
  return (
    `<blockquote style="display:none"><a href="${story}">${title}</a></blockquote>` +
    `<iframe src="${src}" title="${title}" width="100%" height="${height}" frameborder="0" loading="lazy" ` +
    `style="display:block;width:100%;height:${height}px;border:0"></iframe>` +
    `<script async src="${absolute(base, paths.loader())}"></script>`
  );
}
