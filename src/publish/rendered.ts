import { defaultPaths, loadStory, type Story } from "../data/story.ts";
import { chartHistory, loadVersions, type Versions } from "../data/versions.ts";
import { loadText, type SiteText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type RenderedChart } from "../render/chart.ts";
import { imageLabels, standaloneSvg } from "./standalone-svg.ts";
import type { ImageSize } from "./urls.ts";
import { ARTBOARDS } from "../charts/kit/artboards.ts";

/**
 * The build's one cache. What every edition shares (the story, the published versions) is read
 * once; each edition (language) is rendered once, its charts and what is derived from them (the
 * chart images, the share card) kept beside them under its language. Pages, routes and
 * downloads read only through here, so a build renders each chart once per language.
 */
interface Edition {
  text: SiteText;
  charts: RenderedChart[];
  /** Anything computed from this edition's charts, by a name its module chooses (derived()). */
  derived: Map<string, unknown>;
}

let shared: { story: Story; versions: Versions } | undefined;
const editions = new Map<string, Edition>();

const site = () => (shared ??= { story: loadStory(), versions: loadVersions(defaultPaths()) });

/** The story the site is built from (data/), read once per build. */
export const siteStory = (): Story => site().story;

/** The published versions and corrections of every chart (data/versions/, data/corrections.json). */
export const siteVersions = (): Versions => site().versions;

function edition(lang: string): Edition {
  let entry = editions.get(lang);
  if (!entry) {
    const text = loadText(lang);
    const { story, versions } = site();
    entry = {
      text,
      charts: CHARTS.map((spec) => ({
        ...renderChart(spec, story, text),
        history: chartHistory(versions, spec.id, lang),
      })),
      derived: new Map(),
    };
    editions.set(lang, entry);
  }
  return entry;
}

/** Every chart rendered once per language per build; pages and downloads all read this. */
export function siteCharts(lang = "en"): { text: SiteText; charts: RenderedChart[] } {
  const { text, charts } = edition(lang);
  return { text, charts };
}

/** One edition's text (data/text/<lang>.json), from the same cache as its charts. */
export const siteText = (lang = "en"): SiteText => edition(lang).text;

export function siteChart(id: string, lang = "en"): RenderedChart {
  const chart = siteCharts(lang).charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}"`);
  return chart;
}

/**
 * Something computed once per edition from its charts and text (an image, the share card):
 * `compute` runs the first time `key` is asked for in `lang`, and the result is kept with the
 * edition. `key` must name everything the result depends on besides the language.
 */
export function derived<T>(lang: string, key: string, compute: () => T): T {
  const { derived: memo } = edition(lang);
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}

/**
 * The chart as a standalone SVG, in one edition's language: the image downloads
 * (/data/<id>.svg, .png; /es/data/ for Spanish), og:image and the oEmbed thumbnail all use this
 * one, so their sizes agree. `size: "phone"` draws the narrowest artboard: the image a script
 * embed leaves behind where its script is stripped, legible on a phone at its own size.
 */
export function chartImage(id: string, lang = "en", size: ImageSize = "full") {
  return derived(lang, `image:${id}:${size}`, () => {
    const chart = siteChart(id, lang);
    return standaloneSvg(chart, imageLabels(chart, siteText(lang)), size === "phone" ? ARTBOARDS[0] : undefined);
  });
}

/** getStaticPaths for every route that exists once per chart. */
export const chartPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));
