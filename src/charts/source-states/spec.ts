import type { ChartSpec, DownloadRow } from "../types.ts";
import { provenanceOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { labelledBarOptions } from "../kit/bars.ts";
import { colorClass } from "../kit/palette.ts";
import { FIRST_WIDE_ARTBOARD } from "../kit/artboards.ts";

export interface SourceStateRow extends DownloadRow {
  state: string;
  period: string;
  count: number;
  /** Share of the universe as reported; null where the report gives none (it is not computed: the denominator is approximate). */
  share_pct: number | null;
  universe: string;
}

/** Where guns traced in Mexico were first sold at retail: Texas, Arizona, California, New Mexico. */
export const sourceStates: ChartSpec<SourceStateRow> = {
  id: "source-states",
  placeAfterFigure: "us-share-of-seized-guns",
  columns: [
    { key: "state", type: "string" },
    { key: "period", type: "string" },
    { key: "count", type: "number" },
    { key: "share_pct", type: "number" },
    { key: "universe", type: "string" },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    // The file writes "same" for a universe repeated from the row above it: each row gets the words it stands for.
    const universes = new Map<unknown, string>();
    story.record.rows.us_source_states.reduce((previous, r) => {
      const universe = r.row.universe === "same" ? previous : r.row.universe;
      universes.set(r, universe);
      return universe;
    }, "");
    return story.charts.sourceStates
      .map((r) => ({
        state: r.row.state,
        period: r.row.period,
        count: r.row.count!,
        share_pct: r.row.share_pct,
        universe: universes.get(r)!,
        ...provenanceOf(r),
      }))
      .sort((a, b) => b.count - a.count);
  },
  values(rows) {
    const top = rows[0]!;
    if (top.share_pct === null)
      throw new Error(`source-states: ${top.state} has no reported share in us_source_states.csv`);
    return {
      period: top.period,
      universe: top.universe,
      top: top.state,
      topCount: top.count,
      topShare: { percent: top.share_pct, digits: 0 },
      states: { count: rows.length },
      reporters: { list: [...new Set(rows.flatMap((r) => r.source.split("; ")))] },
    };
  },
  annotations(rows, _story, tools) {
    const last = rows.at(-1)!;
    return [
      {
        key: "noShare",
        text: tools.note("noShare"),
        x: last.count,
        y: barLabel(last, tools),
        dx: 60,
        textAnchor: "start",
        lineWidth: 14,
        minWidth: FIRST_WIDE_ARTBOARD,
      },
    ];
  },
  options(rows, ctx) {
    return labelledBarOptions(
      rows.map((r) => {
        const label = barLabel(r, ctx);
        const valueText =
          r.share_pct === null ? ctx.number(r.count) : `${ctx.number(r.count)} (${ctx.percent(r.share_pct, 0)})`;
        return {
          label,
          value: r.count,
          valueText,
          ariaLabel: `${label}: ${valueText}`,
          colorClass: colorClass("record"),
        };
      }),
      { width: ctx.width, domainMax: Math.max(...rows.map((r) => r.count)) * 1.35, annotations: ctx.annotations },
    );
  },
};

function barLabel(
  r: SourceStateRow,
  tools: { label(key: string, extra?: Record<string, string | number>): string },
): string {
  return tools.label("state", { state: r.state });
}
