import { getStory } from "../data/story.ts";
import { loadText, type SiteText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type RenderedChart } from "./chart.ts";
import { standaloneSvg } from "../downloads/standalone-svg.ts";

const cache = new Map<string, { text: SiteText; charts: RenderedChart[] }>();

/** Every chart rendered once per language per build; pages and downloads all read this. */
export function siteCharts(lang = "en"): { text: SiteText; charts: RenderedChart[] } {
  let entry = cache.get(lang);
  if (!entry) {
    const text = loadText(lang);
    entry = { text, charts: CHARTS.map((spec) => renderChart(spec, getStory(), text)) };
    cache.set(lang, entry);
  }
  return entry;
}

export function siteChart(id: string, lang = "en"): RenderedChart {
  const chart = siteCharts(lang).charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}"`);
  return chart;
}

/**
 * The chart as a standalone SVG: the downloads (/data/<id>.svg, .png) and the oEmbed thumbnail
 * all use this one, so their sizes agree. Downloads are in English, like the data files.
 */
export function chartImage(id: string) {
  const { text } = siteCharts("en");
  return standaloneSvg(siteChart(id, "en"), { credit: text.ui["siteName"]!, sources: text.ui["standaloneSources"]!, asReportedBy: text.ui["asReportedBy"]! });
}

/** getStaticPaths for every route that exists once per chart. */
export const chartPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));
