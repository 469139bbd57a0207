import type { ChartSpec, DownloadRow } from "../types.ts";
import { articleProvenance, provenanceOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { labelledBarOptions } from "../kit/bars.ts";
import { colorClass } from "../kit/palette.ts";
import { isPhoneArtboard } from "../kit/artboards.ts";
import { declaredRows, figureOf, speakerOf } from "../../data/select.ts";
import { sharePct } from "../../data/derived.ts";

export interface OriginShareRow extends DownloadRow {
  /** claim: the article's figure; gao / atf: the record. */
  series: "claim" | "gao" | "atf";
  period: string;
  share_pct: number;
  us_sourced: number | null;
  traced: number | null;
}

/** The record rows the chart reads, by name; data/charts.json says which rows (GAO's share, ATF's counts). */
const RECORDS = {
  gao: "mexico_trace_aggregates",
  atfUsSourced: "mexico_trace_aggregates",
  atfTraced: "mexico_trace_aggregates",
} as const;

/** "70% come from the United States": the Mexican claim beside GAO's share and ATF's counts as reported. */
export const originShare: ChartSpec<OriginShareRow> = {
  id: "origin-share",
  records: RECORDS,
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
    const claim = figureOf(story.figures, "us-share-of-seized-guns", "origin-share");
    const {
      gao,
      atfUsSourced: usSourced,
      atfTraced: traced,
    } = declaredRows(story.charts.rows, "origin-share", RECORDS);
    return [
      {
        series: "claim",
        period: claim.said,
        share_pct: Number(claim.value),
        us_sourced: null,
        traced: null,
        ...articleProvenance(story),
      },
      {
        series: "gao",
        period: gao.row.period,
        share_pct: gao.row.value,
        us_sourced: null,
        traced: null,
        ...provenanceOf(gao),
      },
      {
        series: "atf",
        period: usSourced.row.period,
        // Derived in code: US-sourced / traced, both as reported (the claim's finding shows the same share).
        share_pct: sharePct(usSourced.row.value, traced.row.value),
        us_sourced: usSourced.row.value,
        traced: traced.row.value,
        ...provenanceOf(usSourced),
      },
    ];
  },
  values(rows, story) {
    const [claim, gao, atf] = rows as [OriginShareRow, OriginShareRow, OriginShareRow];
    const speaker = speakerOf(figureOf(story.figures, "us-share-of-seized-guns", "origin-share"), "origin-share");
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
    return [
      {
        key: "usSourced",
        text: tools.note("usSourced"),
        x: 0,
        y: tools.label(rows.at(-1)!.series),
        dy: 22,
        lineWidth: 34,
      },
    ];
  },
  options(rows, ctx) {
    return labelledBarOptions(
      rows.map((r) => {
        const label = ctx.label(r.series);
        const valueText = ctx.percent(r.share_pct);
        return {
          label,
          value: r.share_pct,
          valueText,
          ariaLabel: `${label}: ${valueText}`,
          colorClass: colorClass(r.series === "claim" ? "claim" : "record"),
        };
      }),
      {
        width: ctx.width,
        domainMax: 100,
        annotations: ctx.annotations,
        extraBottom: isPhoneArtboard(ctx.width) ? 64 : 40,
      },
    );
  },
};
