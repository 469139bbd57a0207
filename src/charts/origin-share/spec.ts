import type { ChartSpec, DownloadRow } from "../types.ts";
import { articleProvenance, provenanceOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { labelledBarOptions } from "../kit/bars.ts";
import { colorClass } from "../kit/palette.ts";

export interface OriginShareRow extends DownloadRow {
  /** claim: the article's figure; gao / atf: the record. */
  series: "claim" | "gao" | "atf";
  period: string;
  share_pct: number;
  us_sourced: number | null;
  traced: number | null;
}

/** "70% come from the United States": the Mexican claim beside GAO-21-322 and ATF's 2017-2022 data. */
export const originShare: ChartSpec<OriginShareRow> = {
  id: "origin-share",
  placeAfterFigure: "us-share-of-seized-guns",
  columns: [
    { key: "series", type: "string" },
    { key: "period", type: "string" },
    { key: "share_pct", type: "number" },
    { key: "us_sourced", type: "number" },
    { key: "traced", type: "number" },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    const claim = story.figures.find((f) => f.id === "us-share-of-seized-guns")!;
    const traces = story.record.rows.mexico_trace_aggregates;
    const gao = traces.find((r) => r.row.period === "2014-2018" && r.row.metric === "share_us_sourced")!;
    const usSourced = traces.find((r) => r.row.period === "2017-2022" && r.row.metric === "us_sourced")!;
    const traced = traces.find((r) => r.row.period === "2017-2022" && r.row.metric === "firearms_recovered_and_traced")!;
    return [
      { series: "claim", period: claim.said, share_pct: Number(claim.value), us_sourced: null, traced: null, ...articleProvenance(story) },
      { series: "gao", period: gao.row.period, share_pct: gao.row.value, us_sourced: null, traced: null, ...provenanceOf(gao) },
      {
        series: "atf",
        period: usSourced.row.period,
        // Derived in code: US-sourced / traced, both as reported, rounded to 0.1 point.
        share_pct: Math.round((usSourced.row.value / traced.row.value) * 1000) / 10,
        us_sourced: usSourced.row.value,
        traced: traced.row.value,
        ...provenanceOf(usSourced),
      },
    ];
  },
  values(rows, story) {
    const [claim, gao, atf] = rows as [OriginShareRow, OriginShareRow, OriginShareRow];
    const speaker = story.figures.find((f) => f.id === "us-share-of-seized-guns")!.speaker!;
    return {
      claim: { percent: claim.share_pct },
      claimDate: { date: claim.period },
      speaker,
      gao: { percent: gao.share_pct },
      gaoPeriod: gao.period,
      atf: { percent: atf.share_pct },
      atfPeriod: atf.period,
      atfUsSourced: atf.us_sourced!,
      atfTraced: atf.traced!,
      atfSource: atf.source,
    };
  },
  annotations(rows, _story, tools) {
    return [{ key: "usSourced", text: tools.note("usSourced"), x: 0, y: tools.label(rows.at(-1)!.series), dy: 22, lineWidth: 34 }];
  },
  options(rows, ctx) {
    return labelledBarOptions(
      rows.map((r) => {
        const label = ctx.label(r.series);
        const valueText = ctx.percent(r.share_pct);
        return { label, value: r.share_pct, valueText, ariaLabel: `${label}: ${valueText}`, colorClass: colorClass(r.series === "claim" ? "claim" : "record") };
      }),
      { width: ctx.width, domainMax: 100, annotations: ctx.annotations, extraBottom: ctx.width < 400 ? 64 : 40 },
    );
  },
};
