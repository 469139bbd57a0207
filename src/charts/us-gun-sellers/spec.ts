import type { ChartSpec } from "../types.ts";
import { fiscalYearOf } from "../../data/periods.ts";
import { articleProvenance, provenanceOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { gunSellersOptions } from "./layout.ts";
import { declaredRows, figureOf, speakerOf } from "../../data/select.ts";
import { DataError, csvPlace } from "../../data/errors.ts";
import { RETAIL, TYPES, type GunSellersRow } from "./rows.ts";

export type { GunSellersRow } from "./rows.ts";

/**
 * "133,000 arms stores": fiscal 2023's licensees as one bar split into the licence types that sell
 * at retail and those that do not, the article's figure marked on it; the yearly totals as a small
 * companion; Mexico's one store as a note. The download keeps every row.
 */
/** The record rows the chart reads, by name; data/charts.json says which (Mexico's gun stores). */
const RECORDS = { mexico: "gun_stores" } as const;

export const usGunSellers: ChartSpec<GunSellersRow> = {
  id: "us-gun-sellers",
  records: RECORDS,
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
    const totals = ffl.map((r) => ({
      group: "total" as const,
      year: r.row.fiscal_year,
      licence_type: "all",
      count: r.row.total_active_ffl,
      ...provenanceOf(r),
    }));
    // The split is shown for the fiscal year the article was published in (27 July 2023: FY2023).
    const breakdownYear = fiscalYearOf(story.article.published);
    const year = ffl.find((r) => r.row.fiscal_year === breakdownYear);
    if (!year)
      throw new DataError(
        story.record.files.ffl_counts,
        "rows",
        "fiscal_year",
        `no row for fiscal ${breakdownYear}, which us-gun-sellers splits`,
      );
    const types = TYPES.map((t) => {
      const count = year.row[t];
      if (count === null)
        throw new DataError(
          story.record.files.ffl_counts,
          csvPlace(year.index, year.line),
          t,
          `empty for fiscal ${breakdownYear}, which us-gun-sellers splits`,
        );
      return { group: "type" as const, year: breakdownYear, licence_type: t, count, ...provenanceOf(year) };
    });
    const { mexico } = declaredRows(story.charts.rows, "us-gun-sellers", RECORDS);
    const claim = figureOf(story.figures, "us-arms-stores", "us-gun-sellers");
    return [
      {
        group: "claim",
        year: Number(claim.said.slice(0, 4)),
        licence_type: "arms_stores_claimed",
        count: Number(claim.value),
        ...articleProvenance(story),
      },
      ...totals,
      ...types,
      {
        group: "mexico",
        year: Number(mexico.row.period),
        licence_type: "gun_stores",
        count: mexico.row.count,
        ...provenanceOf(mexico),
      },
    ];
  },
  values(rows, story) {
    const claim = rows.find((r) => r.group === "claim")!;
    const speaker = speakerOf(figureOf(story.figures, "us-arms-stores", "us-gun-sellers"), "us-gun-sellers");
    const types = rows.filter((r) => r.group === "type");
    const count = (t: string) => types.find((r) => r.licence_type === t)!.count;
    const retail = types.filter((r) => RETAIL.has(r.licence_type)).reduce((s, r) => s + r.count, 0);
    const breakdownYear = types[0]!.year;
    const total = rows.find((r) => r.group === "total" && r.year === breakdownYear)!;
    const totals = rows.filter((r) => r.group === "total");
    const mexico = rows.find((r) => r.group === "mexico")!;
    return {
      claim: claim.count,
      speaker,
      retail,
      dealers: count("type01_dealer"),
      pawnbrokers: count("type02_pawnbroker"),
      // Computed here: the licence types under which guns are not sold at retail.
      nonRetail: types.filter((r) => !RETAIL.has(r.licence_type)).reduce((s, r) => s + r.count, 0),
      breakdownYear: String(breakdownYear),
      total: total.count,
      collectors: count("type03_collector"),
      firstYear: String(totals[0]!.year),
      lastYear: String(totals.at(-1)!.year),
      mexico: { count: mexico.count },
      mexicoYear: String(mexico.year),
    };
  },
  annotations(rows, _story, tools) {
    const claim = rows.find((r) => r.group === "claim")!;
    const mexico = rows.find((r) => r.group === "mexico")!;
    return [
      // Above the bar, ending at the article's figure: the dashed line below it marks the figure on the bar.
      { key: "claim", text: tools.note("claim"), x: claim.count, y: 0, textAnchor: "end" },
      // Mexico's single store is a note, not a bar no one can see.
      { key: "mexico", text: tools.note("mexico"), x: 0, y: mexico.count, textAnchor: "start" },
    ];
  },
  options(rows, ctx) {
    return gunSellersOptions(rows, ctx);
  },
};
