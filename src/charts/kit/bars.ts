import * as Plot from "@observablehq/plot";
import { DATA_MARK } from "../types.ts";
import { annotationMarks } from "./annotate.ts";
import type { Annotation } from "../types.ts";

/** Vertical rhythm of a labelled row chart, in px: a label line above each bar or range. */
export const BAR = 20;
const LABEL_GAP = 6;
import { emsFor, LINE_EMS, LINE_PX, VALUE_CHAR_PX } from "./text-measure.ts";

/** Rows of a band scale with room for `labelLines` lines of label above each bar. */
export function rowLayout(labels: string[], { labelLines = 1, marginTop = 26, marginBottom = 8 } = {}) {
  const step = BAR + LABEL_GAP + LINE_PX * labelLines + 14;
  const padding = 1 - BAR / step;
  return {
    height: marginTop + marginBottom + labels.length * step,
    marginTop,
    marginBottom,
    marginLeft: 0,
    marginRight: 0,
    y: {
      type: "band" as const,
      domain: labels,
      axis: null,
      paddingInner: padding,
      paddingOuter: padding / 2,
      align: 1,
    },
  };
}

/** Row labels, above their bar, wrapped to the artboard. */
export function rowLabels(labels: string[], width: number): Plot.Markish {
  return Plot.text(labels, {
    x: 0,
    y: (d: string) => d,
    text: (d: string) => d,
    frameAnchor: "left",
    textAnchor: "start",
    lineAnchor: "bottom",
    dy: -(BAR / 2 + LABEL_GAP),
    lineWidth: emsFor(width - 4),
    lineHeight: LINE_EMS,
    className: "bar-label",
    fill: "currentColor",
  });
}

/** How many lines the longest label takes at this width. */
export function labelLinesFor(labels: string[], width: number): number {
  // Plot fits about two characters per em; word wrapping loses some of each line.
  const perLine = Math.floor(emsFor(width - 4) * 1.75);
  return Math.max(1, ...labels.map((l) => Math.ceil(l.length / perLine)));
}

export interface BarDatum {
  label: string;
  value: number;
  valueText: string;
  ariaLabel: string;
  colorClass: string;
}

/**
 * Horizontal bars with their label above and their value at the end: no axis labels to crowd
 * a phone screen, and the label can be as long as the artboard.
 */
export function labelledBarOptions(
  bars: BarDatum[],
  {
    width,
    domainMax,
    annotations,
    extraBottom = 0,
    extraMarks = [],
    marginTop = 26,
  }: {
    width: number;
    domainMax: number;
    annotations: Annotation[];
    extraBottom?: number;
    extraMarks?: Plot.Markish[];
    marginTop?: number;
  },
): Plot.PlotOptions {
  const labels = bars.map((b) => b.label);
  const layout = rowLayout(labels, {
    labelLines: labelLinesFor(labels, width),
    marginBottom: 8 + extraBottom,
    marginTop,
  });
  const classes = [...new Set(bars.map((b) => b.colorClass))];
  // Leave room right of the longest bar for its value label.
  const room = 10 + VALUE_CHAR_PX * Math.max(...bars.map((b) => b.valueText.length));
  return {
    ...layout,
    x: {
      domain: [0, Math.max(domainMax, (Math.max(...bars.map((b) => b.value)) * width) / (width - room))],
      axis: null,
    },
    marks: [
      // The zero line runs along each bar only, never through the labels above the bars.
      Plot.tickX(bars, { x: 0, y: "label", className: "baseline", stroke: "currentColor" }),
      ...classes.map((c) =>
        Plot.barX(
          bars.filter((b) => b.colorClass === c),
          { x: "value", y: "label", fill: "currentColor", className: `${DATA_MARK} ${c}`, ariaLabel: "ariaLabel" },
        ),
      ),
      // Reference lines go under the labels, whose halos then keep them readable.
      ...extraMarks,
      rowLabels(labels, width),
      Plot.text(bars, {
        x: "value",
        y: "label",
        text: "valueText",
        textAnchor: "start",
        dx: 5,
        className: "bar-value",
        fill: "currentColor",
      }),
      ...annotationMarks(annotations, width),
    ],
  };
}
