import * as Plot from "@observablehq/plot";
import type { Annotation } from "../types.ts";
import { emsFor } from "./text-measure.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** A thin line from an annotation's anchor point to its (offset) text; drawn with the chart's scales. */
function connector(a: Annotation): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const x = scales.x?.(a.x) as number | undefined;
    const y = scales.y?.(a.y) as number | undefined;
    const bandX = (scales.x as unknown as { bandwidth?: number })?.bandwidth ?? 0;
    const bandY = (scales.y as unknown as { bandwidth?: number })?.bandwidth ?? 0;
    const g = context.document.createElementNS(SVG_NS, "g");
    if (x === undefined || y === undefined) return g;
    const x0 = x + bandX / 2;
    const y0 = y + bandY / 2;
    const line = context.document.createElementNS(SVG_NS, "line");
    line.setAttribute("x1", String(x0));
    line.setAttribute("y1", String(y0));
    // Stop short of the text: 4 px of air between the line and the first letter.
    const dx = a.dx ?? 0;
    const dy = a.dy ?? 0;
    const len = Math.hypot(dx, dy) || 1;
    line.setAttribute("x2", String(x0 + dx - (dx / len) * 4));
    line.setAttribute("y2", String(y0 + dy - (dy / len) * 4));
    line.setAttribute("stroke", "currentColor");
    g.setAttribute("class", "annotation-connector");
    g.setAttribute("aria-hidden", "true");
    g.appendChild(line);
    return g;
  };
}

/**
 * Plot marks for a chart's annotations at one artboard width: the text, and a thin connector
 * where asked. Annotations a narrower artboard cannot hold are left out, not shrunk.
 */
export function annotationMarks(annotations: Annotation[], width: number): Plot.Markish[] {
  return annotations
    .filter((a) => (a.minWidth ?? 0) <= width)
    .flatMap((a) => [
      ...(a.connector ? [connector(a)] : []),
      Plot.text([a], {
        x: "x",
        ...(a.frameAnchor === "top" ? { frameAnchor: "top" as const } : { y: "y" }),
        text: "text",
        dx: a.dx ?? 0,
        dy: a.dy ?? 0,
        textAnchor: a.textAnchor ?? "start",
        // Never wider than the artboard: a phone gets more lines, not smaller or clipped text.
        lineWidth: Math.min(a.lineWidth ?? 16, emsFor(width - 8)),
        lineAnchor: a.frameAnchor === "top" || (a.dy ?? 0) < 0 ? "bottom" : (a.dy ?? 0) > 0 ? "top" : "middle",
        fill: "currentColor",
        className: "annotation",
      }),
    ]);
}
