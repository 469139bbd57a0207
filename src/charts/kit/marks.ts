import * as Plot from "@observablehq/plot";
import type { Arrow } from "../../map/arrows.ts";
import type { PlacedLabel } from "./labels.ts";
import { LINE_EMS } from "./text-measure.ts";

/**
 * Marks the map draws by hand, as Plot render functions: Plot lays out the SVG and the text; the
 * geometry (already projected, in px) and the arrows are elements of our own, with the classes
 * and data attributes the site's CSS and highlight script read.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

export type Attrs = Record<string, string | number>;

export function element(doc: Document, tag: string, attrs: Attrs): Element {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A mark drawn by hand: one <g> holding the elements `build` makes. */
export function group(attrs: Attrs, build: (doc: Document) => Element[]): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const g = element(context.document, "g", attrs);
    for (const child of build(context.document)) g.appendChild(child);
    return g as SVGElement;
  };
}

/** An arrow's line and head: the stroke width and the head's size both come from `arrow.width`. */
export const arrowPaths = (doc: Document, arrow: Arrow) => [
  element(doc, "path", {
    class: "flow-line",
    d: arrow.line,
    fill: "none",
    stroke: "currentColor",
    "stroke-width": arrow.width,
  }),
  element(doc, "path", { class: "flow-head", d: arrow.head, fill: "currentColor" }),
];

export const textOf = (d: { lines: string[] }) => d.lines.join("\n");

/** Placed labels as Plot text; Plot's textAnchor is one value per mark, so one mark per anchor in use. */
export function labelMarks(items: PlacedLabel[], className: string): Plot.Markish[] {
  return (["start", "middle", "end"] as const)
    .filter((anchor) => items.some((d) => d.textAnchor === anchor))
    .map((anchor) =>
      Plot.text(
        items.filter((d) => d.textAnchor === anchor),
        {
          x: "x",
          y: "y",
          text: textOf,
          textAnchor: anchor,
          lineHeight: LINE_EMS,
          className: `map-label ${className}`,
          fill: "currentColor",
        },
      ),
    );
}
