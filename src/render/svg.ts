import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ChartSpec, DownloadRow, RenderContext } from "../charts/types.ts";

export { ARTBOARDS } from "./artboards.ts";

/** Marks a reader can focus and hover: their elements get an accessible name and a tab stop. */
export const DATA_MARK = "data-mark";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/**
 * Renders one chart at one width to an SVG string, deterministically: Plot's random class name
 * becomes the chart id, coordinates are rounded to 0.1 px, and attributes HTML validators reject
 * (font-variant) go to CSS.
 */
export function renderSvg<R extends DownloadRow>(spec: ChartSpec<R>, rows: R[], context: RenderContext): string {
  const options = spec.options(rows, context);
  const svg = Plot.plot({
    ...options,
    width: context.width,
    document: document as unknown as Document,
    className: "plot",
  }) as unknown as Element;
  svg.querySelector("style")?.remove();
  for (const attr of ["font-family", "font-size", "class"]) svg.removeAttribute(attr);
  svg.setAttribute("class", `chart-svg chart-svg-${spec.id}`);
  for (const el of svg.querySelectorAll("[font-variant]")) {
    el.removeAttribute("font-variant");
    el.setAttribute("class", [el.getAttribute("class"), "tabular"].filter(Boolean).join(" "));
  }
  // Axes, labels and annotations repeat what the table and the marks' names say: hide them from
  // assistive technology, and keep the marks (focusable, named) as the way in.
  for (const g of svg.children) {
    if (g.tagName.toLowerCase() !== "g") continue;
    if (g.classList.contains(DATA_MARK)) g.removeAttribute("aria-label");
    else g.setAttribute("aria-hidden", "true");
  }
  for (const g of svg.querySelectorAll(`g.${DATA_MARK}`)) {
    for (const el of g.querySelectorAll("[aria-label]")) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "img");
    }
  }
  return svg.outerHTML
    .replace(/(\d+\.\d+)(?=[^<>]*>)/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/ class="plot-[0-9a-f]+"/g, "")
    // linkedom leaves a bare "&" in attribute values; the standalone SVG is XML, where that is an error.
    .replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, "&amp;");
}
