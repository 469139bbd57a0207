import { getStory } from "../data/story.ts";
import { loadText, type SiteText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type RenderedChart } from "./chart.ts";

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

/** getStaticPaths for every route that exists once per chart. */
export const chartPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));
