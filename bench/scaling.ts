/**
 * Render scaling: how the charts' share of the build grows with their number, without a branch in
 * the registry. N synthetic specs (clones of the registry's charts, cycling through them, with ids
 * synthetic-1 ... synthetic-N) are rendered in-process through src/render/chart.ts's renderChart,
 * in every edition, with a text object that carries each clone's base chart text under its id.
 */
import { performance } from "node:perf_hooks";
import { CHARTS } from "../src/charts/registry.ts";
import type { ChartSpec, DownloadRow } from "../src/charts/types.ts";
import { loadStory } from "../src/data/story.ts";
import { LANGS, loadText, type SiteText } from "../src/i18n/text.ts";
import { renderChart } from "../src/render/chart.ts";

/** N clones of the registry's charts, cycling through them: synthetic-1 ... synthetic-N. */
export function syntheticCharts(n: number): Array<{ spec: ChartSpec<DownloadRow>; base: string }> {
  return Array.from({ length: n }, (_, i) => {
    const base = CHARTS[i % CHARTS.length]!;
    return { spec: { ...base, id: `synthetic-${i + 1}` }, base: base.id };
  });
}

/** An edition's text with each synthetic chart's text (its base chart's) under the synthetic id. */
export function withSyntheticText(
  text: SiteText,
  charts: Array<{ spec: ChartSpec<DownloadRow>; base: string }>,
): SiteText {
  const extra = Object.fromEntries(charts.map(({ spec, base }) => [spec.id, text.charts[base]!]));
  return { ...text, charts: { ...text.charts, ...extra } };
}

/**
 * Renders the registry's charts plus N synthetic ones in every edition (rows, text, the four
 * artboards' SVG, the reader's table); resolves to the wall-clock seconds of the rendering alone
 * (the story and the text are loaded before the clock starts).
 */
export function timedRender(n: number): number {
  const story = loadStory();
  const charts = [...CHARTS.map((spec) => ({ spec, base: spec.id })), ...syntheticCharts(n)];
  const texts = LANGS.map((lang) => withSyntheticText(loadText(lang), charts));
  const start = performance.now();
  for (const text of texts) for (const { spec } of charts) renderChart(spec, story, text);
  return (performance.now() - start) / 1000;
}
