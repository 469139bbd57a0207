import type { APIRoute } from "astro";
import { chartPaths, siteChart, siteCharts } from "../../render/site-charts.ts";
import { embedCodes, estimatedHeight } from "../../downloads/embed-code.ts";
import { standaloneSvg } from "../../downloads/standalone-svg.ts";
import { siteUrl } from "../../downloads/site.ts";

export const getStaticPaths = chartPaths;

/** Static oEmbed (https://oembed.com/, section 2.3.4: type "rich" carries the HTML to embed). */
export const GET: APIRoute = ({ params, site }) => {
  const chart = siteChart(params.id!);
  const base = siteUrl(site);
  const { width, height } = standaloneSvg(chart, "");
  const ui = siteCharts().text.ui;
  const body = {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: ui["siteName"],
    provider_url: `${base}/`,
    width: 720,
    height: estimatedHeight(chart),
    html: embedCodes(chart, base).script,
    thumbnail_url: `${base}/data/${chart.id}.png`,
    thumbnail_width: width * 2,
    thumbnail_height: height * 2,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};
