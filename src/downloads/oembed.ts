import { chartImage, siteChart, siteCharts } from "../render/site-charts.ts";
import { localePath } from "../i18n/text.ts";
import { embedCodes } from "./embed-code.ts";
import { embedHeights } from "./embed-height.ts";

/** Static oEmbed (https://oembed.com/, section 2.3.4: type "rich" carries the HTML to embed). */
export function oembed(id: string, lang: string, base: string) {
  const chart = siteChart(id, lang);
  // The thumbnail is the chart's PNG (2x its standalone SVG), the same file in both editions.
  const { width, height } = chartImage(id);
  const { text } = siteCharts(lang);
  const ui = text.ui;
  return {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: ui["siteName"],
    provider_url: `${base}${localePath(lang, "/")}`,
    width: 720,
    height: embedHeights(chart, text).at(720),
    html: embedCodes(chart, text, base).script,
    thumbnail_url: `${base}/data/${chart.id}.png`,
    thumbnail_width: width * 2,
    thumbnail_height: height * 2,
  };
}
