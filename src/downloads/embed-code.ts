import type { RenderedChart } from "../render/chart.ts";
import { escapeXml as escapeAttr } from "./escape.ts";

export type Theme = "auto" | "light" | "dark";

/**
 * The two embed codes an editor can paste. The script form becomes a self-resizing iframe; its
 * <noscript> shows the chart's PNG, with its alt text, linking to the story. The iframe form
 * works alone and resizes when /embed.js is also on the page.
 */
export function embedCodes(chart: RenderedChart, site: string, theme: Theme = "auto", lang = "en"): { script: string; iframe: string } {
  const title = escapeAttr(chart.title);
  const query = theme === "auto" ? "" : `?theme=${theme}`;
  const themeAttr = theme === "auto" ? "" : ` data-theme="${theme}"`;
  const langAttr = lang === "en" ? "" : ` data-lang="${lang}"`;
  const prefix = lang === "en" ? "" : `/${lang}`;
  const story = `${site}${prefix}/#chart-${chart.id}`;
  const script =
    `<div data-arms-embed="${chart.id}"${themeAttr} data-title="${title}"${langAttr}>` +
    `<noscript><a href="${story}"><img src="${site}/data/${chart.id}.png" alt="${escapeAttr(chart.alt)}" style="max-width:100%;height:auto"></a></noscript>` +
    `</div><script async src="${site}/embed.js"></script>`;
  const iframe =
    `<iframe src="${site}${prefix}/embed/${chart.id}/${query}" title="${title}" loading="lazy" scrolling="no" ` +
    `style="width:100%;height:${estimatedHeight(chart)}px;border:0"></iframe><script async src="${site}/embed.js"></script>`;
  return { script, iframe };
}

/** A first height for the iframe before the chart reports its own: the widest artboard plus text. */
export function estimatedHeight(chart: RenderedChart): number {
  const art = chart.artboards.at(-1)!;
  const h = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(art.svg)?.[1] ?? 400);
  // Title, dek, notes, sources and the data-table toggle take about 420 px at desktop width.
  return Math.ceil(h + 420);
}
