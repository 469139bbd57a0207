import * as Plot from "@observablehq/plot";
import type { ChartSpec, DownloadRow } from "./types.ts";
import type { FflCount } from "../data/context/ffl-counts.ts";
import { fiscalYearOf } from "./periods.ts";
import { articleProvenance, provenanceOf, PROVENANCE_COLUMNS } from "./provenance.ts";
import { labelledBarOptions } from "./bars.ts";
import { colorClass, type ColorName } from "./palette.ts";

export interface GunSellersRow extends DownloadRow {
  /** claim: the article's figure; total: all active licensees in a fiscal year; type: one licence type in the year broken down; mexico: Mexico's gun stores. */
  group: "claim" | "total" | "type" | "mexico";
  /** Fiscal year (ATF) or the year of the estimate. */
  year: number;
  /** ATF licence type key (type01_dealer, ...), "all", or "gun_stores". */
  licence_type: string;
  count: number;
}

/** Licence types in ATF's order; the first two are the ones under which guns are sold at retail. */
const TYPES = [
  "type01_dealer",
  "type02_pawnbroker",
  "type03_collector",
  "type07_firearm_mfr",
  "type06_ammo_mfr",
  "type08_importer",
  "type09_10_11_destructive_devices",
] as const satisfies ReadonlyArray<keyof FflCount>;
const RETAIL = new Set<string>(["type01_dealer", "type02_pawnbroker"]);

/** "133,000 arms stores": ATF's active licensees by year, FY2023 by licence type, and Mexico's one store. */
export const usGunSellers: ChartSpec<GunSellersRow> = {
  id: "us-gun-sellers",
  placeAfterFigure: "us-arms-stores",
  columns: [
    { key: "group", type: "string" },
    { key: "year", type: "year" },
    { key: "licence_type", type: "string" },
    { key: "count", type: "number" },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    const ffl = story.record.rows.ffl_counts;
    const totals = ffl.map((r) => ({ group: "total" as const, year: r.row.fiscal_year, licence_type: "all", count: r.row.total_active_ffl, ...provenanceOf(r) }));
    // The split is shown for the fiscal year the article was published in (27 July 2023: FY2023).
    const breakdownYear = fiscalYearOf(story.article.published);
    const year = ffl.find((r) => r.row.fiscal_year === breakdownYear);
    if (!year) throw new Error(`us-gun-sellers: ffl_counts.csv has no fiscal ${breakdownYear}`);
    const types = TYPES.map((t) => {
      const count = year.row[t];
      if (count === null) throw new Error(`us-gun-sellers: ffl_counts.csv has no ${t} for fiscal ${breakdownYear}`);
      return { group: "type" as const, year: breakdownYear, licence_type: t, count, ...provenanceOf(year) };
    });
    const mexico = story.record.rows.gun_stores.find((r) => r.row.place === "Mexico")!;
    const claim = story.figures.find((f) => f.id === "us-arms-stores")!;
    return [
      { group: "claim", year: Number(claim.said.slice(0, 4)), licence_type: "arms_stores_claimed", count: Number(claim.value), ...articleProvenance(story) },
      ...totals, ...types, { group: "mexico", year: Number(mexico.row.period), licence_type: "gun_stores", count: mexico.row.count, ...provenanceOf(mexico) }];
  },
  values(rows, story) {
    const claim = rows.find((r) => r.group === "claim")!;
    const speaker = story.figures.find((f) => f.id === "us-arms-stores")!.speaker!;
    const retail = rows.filter((r) => r.group === "type" && RETAIL.has(r.licence_type)).reduce((s, r) => s + r.count, 0);
    const breakdownYear = rows.find((r) => r.group === "type")!.year;
    const total = rows.find((r) => r.group === "total" && r.year === breakdownYear)!;
    const first = rows.find((r) => r.group === "total")!;
    const last = rows.filter((r) => r.group === "total").at(-1)!;
    return {
      claim: claim.count,
      speaker,
      retail,
      breakdownYear: String(breakdownYear),
      total: total.count,
      collectors: rows.find((r) => r.licence_type === "type03_collector")!.count,
      firstYear: String(first.year),
      lastYear: String(last.year),
      mexico: { count: rows.find((r) => r.group === "mexico")!.count },
    };
  },
  annotations(rows, _story, tools) {
    const pawn = rows.find((r) => r.licence_type === "type02_pawnbroker")!;
    const claim = rows.find((r) => r.group === "claim")!;
    const firstTotal = rows.find((r) => r.group === "total")!;
    return [
      // In the top margin, above the dashed line it explains: clear of the labels however they wrap.
      { key: "claim", text: tools.note("claim"), x: claim.count, y: barLabel(firstTotal, tools), frameAnchor: "top", dy: -6, dx: -4, textAnchor: "end", lineWidth: 14 },
      { key: "retail", text: tools.note("retail"), x: pawn.count, y: barLabel(pawn, tools), dx: 60, textAnchor: "start", lineWidth: 17, minWidth: 400 },
    ];
  },
  options(rows, ctx) {
    const claim = rows.find((r) => r.group === "claim")!.count;
    const bars = rows.filter((r) => r.group !== "claim").map((r) => {
      const label = barLabel(r, ctx);
      const valueText = ctx.number(r.count);
      const color: ColorName = r.group === "total" ? "record" : r.group === "mexico" || RETAIL.has(r.licence_type) ? "highlight" : "other";
      return { label, value: r.count, valueText, ariaLabel: `${label}: ${valueText}`, colorClass: colorClass(color) };
    });
    return labelledBarOptions(bars, {
      width: ctx.width,
      domainMax: Math.max(...rows.map((r) => r.count)),
      marginTop: 58,
      annotations: ctx.annotations,
      extraMarks: [Plot.ruleX([claim], { className: `claim-rule ${colorClass("claim")}`, stroke: "currentColor", strokeDasharray: "4,3", strokeWidth: 1.5 })],
    });
  },
};

function barLabel(r: GunSellersRow, tools: { label(key: string, extra?: Record<string, string | number>): string }): string {
  if (r.group === "total") return tools.label("total", { year: String(r.year) });
  if (r.group === "mexico") return tools.label("mexico", { year: String(r.year) });
  return tools.label(r.licence_type, { year: String(r.year) });
}
