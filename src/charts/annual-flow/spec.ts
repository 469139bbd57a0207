import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { ChartSpec, DownloadRow } from "../types.ts";
import { provenanceOf, reportedByOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { BAR, labelLinesFor, rowLabels, rowLayout } from "../kit/bars.ts";
import { colorClass } from "../kit/palette.ts";
import { annotationMarks } from "../kit/annotate.ts";
import { DATA_MARK } from "../types.ts";
import { declaredSets, figureOf, speakerOf } from "../../data/select.ts";
import { isPhoneArtboard } from "../kit/artboards.ts";

export interface AnnualFlowRow extends DownloadRow {
  /** claim: the estimate the article quotes; study / oped: other published estimates. */
  kind: "claim" | "study" | "oped";
  estimate: string;
  period: string;
  central: number;
  low: number | null;
  high: number | null;
  /** News reports a part of the row rests on ("as reported by"), whatever the row's own flag; null if none. */
  reported_by: string | null;
}

// Which estimates are of which kind is data/charts.json's (sets.annual-flow): one set of rows per kind.
const KINDS = { claim: "flow_estimates", study: "flow_estimates", oped: "flow_estimates" } as const;

/** "200,000 weapons a year": the Mexican estimate beside The Way of the Gun's ranges and an op-ed's figure. */
export const annualFlow: ChartSpec<AnnualFlowRow> = {
  id: "annual-flow",
  placeAfterFigure: "annual-inflow",
  recordSets: KINDS,
  columns: [
    { key: "estimate", type: "string" },
    { key: "period", type: "string" },
    { key: "central", type: "number" },
    { key: "low", type: "number" },
    { key: "high", type: "number" },
    { key: "reported_by", type: "string" },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    // The file writes "Way of the Gun: same" for the estimate named on a row above: each row gets the words it stands for.
    const named = new Map<string, string>();
    const estimates = new Map(
      story.record.rows.flow_estimates.map((r) => {
        const ditto = /^(.*): same$/.exec(r.row.estimate);
        const estimate = ditto ? (named.get(ditto[1]!) ?? r.row.estimate) : r.row.estimate;
        named.set(estimate.split(":")[0]!, estimate);
        return [r, estimate] as const;
      }),
    );
    const sets = declaredSets(story.charts.sets, "annual-flow", KINDS);
    const kindOf = (r: (typeof sets)["claim"][number]) => {
      const kinds = (Object.keys(sets) as AnnualFlowRow["kind"][]).filter((k) => sets[k].includes(r));
      if (kinds.length !== 1)
        throw new Error(
          `annual-flow: estimate "${r.row.estimate}" is in ${kinds.length} kinds (data/charts.json, sets.annual-flow)`,
        );
      return kinds[0]!;
    };
    // Every estimate in the sets' units is drawn: one the sets leave out fails, it is not dropped.
    const units = new Set(Object.values(sets).flatMap((rows) => rows.map((r) => r.row.unit)));
    return story.record.rows.flow_estimates
      .filter((r) => units.has(r.row.unit))
      .map((r) => {
        const kind = kindOf(r);
        const { period, central, low, high } = r.row;
        const estimate = estimates.get(r)!;
        const reported = reportedByOf(r);
        return {
          kind,
          estimate,
          period,
          central,
          low,
          high,
          reported_by: reported.length > 0 ? reported.join("; ") : null,
          ...provenanceOf(r),
        };
      })
      .sort((a, b) => (a.kind === "claim" ? -1 : b.kind === "claim" ? 1 : b.period.localeCompare(a.period)));
  },
  values(rows, story) {
    const claim = rows.find((r) => r.kind === "claim")!;
    const daily = story.derived.find((d) => d.from === "annual-inflow")!;
    // A range is one row's low and high, never the lowest low of one row and the highest high of another.
    // The study shown is the latest period with a range (rows are sorted by period, latest first).
    const study = rows.find((r) => r.kind === "study" && r.low !== null && r.high !== null)!;
    // The Mexican figure's attribution to SEDENA data rests on a news report: it is shown as reported by it.
    if (claim.reported_by === null)
      throw new Error("annual-flow: the Mexican estimate's row names no news report for its SEDENA attribution");
    const speaker = speakerOf(figureOf(story.figures, "annual-inflow", "annual-flow"), "annual-flow");
    return {
      claim: claim.central,
      claimReportedBy: { list: claim.reported_by.split("; ") },
      speaker,
      perDay: daily.value,
      perDayExact: { number: daily.exact, digits: 1 },
      daysPerYear: daily.divisor,
      roundTo: daily.roundTo,
      study: study.central,
      studyLow: study.low!,
      studyHigh: study.high!,
      studyPeriod: study.period,
    };
  },
  annotations(rows, _story, tools) {
    const claim = rows.find((r) => r.kind === "claim")!;
    // Two lines, set from the dot's height down: clear of the row's label above however it wraps.
    return [
      {
        key: "perDay",
        text: tools.note("perDay"),
        x: claim.central,
        y: rowLabel(claim, tools),
        dx: 10,
        dy: 4,
        textAnchor: "start",
        lineWidth: 14,
      },
    ];
  },
  options(rows, ctx) {
    // Labels start at the left margin (room for the axis's first tick): wrap them to what is left.
    const MARGIN_LEFT = 14;
    const MARGIN_RIGHT = 24;
    const labelWidth = ctx.width - MARGIN_LEFT - MARGIN_RIGHT;
    const labels = rows.map((r) => rowLabel(r, ctx));
    const layout = rowLayout(labels, { labelLines: labelLinesFor(labels, labelWidth), marginBottom: 30 });
    const data = rows.map((r, i) => ({ ...r, label: labels[i]!, aria: labels[i]! }));
    const max = Math.max(...rows.map((r) => r.high ?? r.central));
    const tickCount = isPhoneArtboard(ctx.width) ? 3 : 5;
    // The ticks the axis draws: the same nice domain and count.
    const gridTicks = scaleLinear([0, max * 1.02], [0, 1])
      .nice()
      .ticks(tickCount);
    return {
      ...layout,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      x: {
        domain: [0, max * 1.02],
        nice: true,
        ticks: tickCount,
        tickFormat: (d: number) => ctx.number(d),
        label: null,
      },
      marks: [
        // Grid lines run through the band of each row with a range only: never through the labels
        // above the rows, nor through the note beside the article's figure (a row without a range).
        Plot.tickX(
          gridTicks.flatMap((t) => data.filter((d) => d.low !== null).map((d) => ({ t, label: d.label }))),
          { x: "t", y: "label", className: "grid", stroke: "currentColor" },
        ),
        Plot.axisX({ ticks: tickCount, tickFormat: (d: number) => ctx.number(d), label: null, tickSize: 0 }),
        Plot.ruleY(
          data.filter((d) => d.low !== null),
          { x1: "low", x2: "high", y: "label", strokeWidth: 3, className: colorClass("other"), stroke: "currentColor" },
        ),
        // A tick at each end of a study's own range.
        ...(["low", "high"] as const).map((end) =>
          Plot.tickX(
            data.filter((d) => d[end] !== null),
            {
              x: end,
              y: "label",
              className: colorClass("other"),
              stroke: "currentColor",
              strokeWidth: 2,
              insetTop: BAR / 4,
              insetBottom: BAR / 4,
            },
          ),
        ),
        ...(["claim", "record"] as const).map((c) =>
          Plot.dot(
            data.filter((d) => (d.kind === "claim") === (c === "claim")),
            {
              x: "central",
              y: "label",
              r: 6,
              fill: "currentColor",
              className: `${DATA_MARK} ${colorClass(c)}`,
              ariaLabel: "aria",
            },
          ),
        ),
        rowLabels(labels, labelWidth),
        ...annotationMarks(ctx.annotations, ctx.width),
      ],
    };
  },
};

function rowLabel(
  r: AnnualFlowRow,
  tools: { label(key: string, extra?: Record<string, string | number>): string },
): string {
  // Only the values a row has: a template asking for a missing one fails the build, never prints 0.
  return tools.label(r.kind, {
    period: r.period,
    central: r.central,
    ...(r.low === null ? {} : { low: r.low }),
    ...(r.high === null ? {} : { high: r.high }),
  });
}
