import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { DATA_MARK, type ChartSpec, type DownloadRow, type RenderContext } from "../charts/types.ts";

/**
 * A fresh linkedom document for each render: nothing one chart or artboard leaves in a document
 * (elements Plot creates, ids, styles) can reach another, and renders need no order. It costs
 * well under a millisecond a render.
 */
const freshDocument = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

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
    document: freshDocument(),
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
  return serialize(svg).replace(/ class="plot-[0-9a-f]+"/g, "");
}

/** Attributes that hold words a reader hears or a script reads, never rounded ("1.25%" stays). */
const WORDS = /^(aria-|data-|class$|id$|role$|href$)/;
/** Coordinates to 0.1 px, so Plot's floating-point noise does not change the bytes. */
const roundCoordinates = (value: string) => value.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/**
 * The SVG as markup that is both HTML and XML, every text escaped. linkedom's outerHTML escapes
 * only `"` in attribute values: a mark named "<70%" or "&nbsp;" then broke the standalone SVG
 * (resvg parses XML) and, in HTML, "&quot;" in a name was read back as a quote. Here `&`, `<`,
 * `>` and `"` are escaped wherever they occur, so data text shows literally everywhere.
 */
function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeText((node as Text).data);
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const tag = el.localName;
  const attrs = [...el.attributes]
    .map((a) => ` ${a.name}="${escapeAttr(WORDS.test(a.name) ? a.value : roundCoordinates(a.value))}"`)
    .join("");
  const children = [...el.childNodes].map(serialize).join("");
  return children === "" && el.childNodes.length === 0 ? `<${tag}${attrs} />` : `<${tag}${attrs}>${children}</${tag}>`;
}
