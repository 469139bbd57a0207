import { defaultPaths, getStory } from "../data/story.ts";
import { chartHistory, loadVersions, type Versions } from "../data/versions.ts";
import { loadText, type SiteText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type RenderedChart } from "../render/chart.ts";
import { imageLabels, standaloneSvg } from "./standalone-svg.ts";
import type { ImageSize } from "./urls.ts";
import { ARTBOARDS } from "../charts/kit/artboards.ts";

const cache = new Map<string, { text: SiteText; charts: RenderedChart[] }>();
let versions: Versions | undefined;

/** The published versions and corrections of every chart (data/versions/, data/corrections.json). */
export function siteVersions(): Versions {
  return (versions ??= loadVersions(defaultPaths()));
}

/** Every chart rendered once per language per build; pages and downloads all read this. */
export function siteCharts(lang = "en"): { text: SiteText; charts: RenderedChart[] } {
  let entry = cache.get(lang);
  if (!entry) {
    const text = loadText(lang);
    entry = { text, charts: CHARTS.map((spec) => ({ ...renderChart(spec, getStory(), text), history: chartHistory(siteVersions(), spec.id, lang) })) };
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
 * The chart as a standalone SVG, in one edition's language: the image downloads
 * (/data/<id>.svg, .png; /es/data/ for Spanish), og:image and the oEmbed thumbnail all use this
 * one, so their sizes agree. `size: "phone"` draws the narrowest artboard: the image a script
 * embed leaves behind where its script is stripped, legible on a phone at its own size.
 */
export function chartImage(id: string, lang = "en", size: ImageSize = "full") {
  const { text } = siteCharts(lang);
  const chart = siteChart(id, lang);
  return standaloneSvg(chart, imageLabels(chart, text), size === "phone" ? ARTBOARDS[0] : undefined);
}

/** getStaticPaths for every route that exists once per chart. */
export const chartPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));
