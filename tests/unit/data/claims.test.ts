import { describe, expect, it } from "vitest";
import { loadStory } from "../../../src/data/story.ts";
import { renderClaimText } from "../../../src/data/claims.ts";
import { formatCount, formatNumber } from "../../../src/data/format.ts";
import { fiscalYearOf } from "../../../src/data/periods.ts";

const story = loadStory();
const claim = (id: string) => story.claims.find((c) => c.id === id)!;
const rows = story.record.rows;

describe("claims paired with the record", () => {
  it("pairs each numeric figure of the article with a claim", () => {
    const numeric = story.figures.filter((f) => typeof f.value === "number").map((f) => f.id);
    expect(
      story.claims
        .map((c) => c.figure?.id)
        .filter(Boolean)
        .sort(),
    ).toEqual(numeric.sort());
  });

  it("70%: GAO-21-322 and ATF's 2017-2022 trace data, with the share computed", () => {
    const c = claim("origin-share");
    const gao = rows.mexico_trace_aggregates.find((r) => r.row.metric === "share_us_sourced")!;
    const usSourced = rows.mexico_trace_aggregates.find(
      (r) => r.row.period === "2017-2022" && r.row.metric === "us_sourced",
    )!;
    const traced = rows.mexico_trace_aggregates.find(
      (r) => r.row.period === "2017-2022" && r.row.metric === "firearms_recovered_and_traced",
    )!;
    expect(c.evidence.map((e) => e.value)).toEqual([gao.row.value, usSourced.row.value, traced.row.value]);
    const text = renderClaimText(c, c.findingTemplate);
    expect(text).toContain(`${formatNumber(usSourced.row.value)} of ${formatNumber(traced.row.value)}`);
    expect(text).toContain(`(${formatNumber((usSourced.row.value / traced.row.value) * 100, "en-US", 1)}%)`);
    expect(text).toContain("as reported by Conexión Diario");
  });

  it("200,000: the Mexican estimate beside The Way of the Gun's range", () => {
    const c = claim("annual-flow");
    const wog = rows.flow_estimates.find((r) => r.row.period === "2010-2012" && r.row.unit === "firearms_per_year")!;
    expect(c.evidence.slice(1).map((e) => e.value)).toEqual([wog.row.central, wog.row.low, wog.row.high]);
  });

  it("133,000: ATF's licensees, collectors, and dealers plus pawnbrokers summed in code", () => {
    const c = claim("us-gun-sellers");
    // The fiscal year the figure was said in (the one that closed after).
    const fy = rows.ffl_counts.find((r) => r.row.fiscal_year === fiscalYearOf(c.figure!.said))!.row;
    expect(c.evidence[0]!.value).toBe(fy.total_active_ffl);
    expect(c.evidence[3]!.value).toBe(fy.type01_dealer! + fy.type02_pawnbroker!);
  });

  it("133,000 matches the count current when it was said: the last fiscal year closed before that day", () => {
    const c = claim("us-gun-sellers");
    const said = c.figure!.said;
    const current = fiscalYearOf(said) - 1;
    const row = rows.ffl_counts.find((r) => r.row.fiscal_year === current)!.row;
    const correction = renderClaimText(c, c.correctionTemplate!);
    expect(correction).toContain(`matches ATF's count`);
    expect(correction).not.toMatch(/That is ATF's count/);
    expect(correction).toContain(
      `(${formatNumber(row.total_active_ffl)} in fiscal year ${current}, the count current when`,
    );
  });

  it("nine: counts the complaint's defendants and their roles from the table", () => {
    const c = claim("lawsuit-defendants");
    const mass = rows.lawsuit_defendants.filter((r) => r.row.case.startsWith("D.Mass."));
    expect(c.evidence.slice(0, 3).map((e) => e.value)).toEqual([
      mass.length,
      mass.filter((r) => r.row.role.startsWith("manufacturer")).length,
      mass.filter((r) => r.row.role.startsWith("wholesaler")).length,
    ]);
    const [all, makers, distributors] = c.evidence.map((e) => e.value);
    // Counts in prose: one to nine in words, as the article writes "nine".
    const n = (v: unknown) => formatCount(Number(v));
    expect(n(makers)).toMatch(/^[a-z]+$/);
    expect(renderClaimText(c, c.findingTemplate)).toContain(
      `names ${n(all)} defendants: ${n(makers)} manufacturer entities and ${n(distributors)} distributor`,
    );
    // The count is right; the words "major U.S." are not: the foreign parent companies are named, from the table.
    const foreign = mass.filter((r) => r.row.role === "manufacturer (parent)" && r.row.hq_country !== "US");
    expect(foreign.length).toBeGreaterThan(0);
    const correction = renderClaimText(c, c.correctionTemplate!);
    expect(correction).toContain(
      `suing ${n(story.figures.find((f) => f.id === "gun-makers-sued")!.value)} major U.S. gun manufacturers`,
    );
    expect(correction).toContain(`The count matches the complaint's ${n(makers)} manufacturer entities`);
    expect(correction).toContain(
      `the inexact words are “major U.S.”: ${n(foreign.length)} of them are foreign parent companies`,
    );
    for (const r of foreign) expect(correction).toContain(`${r.row.defendant} (${r.row.hq_country})`);
  });

  it("the title: quotes the article and cites the White House readouts", () => {
    const c = claim("sherwood-randall-title");
    expect(story.article.text.slice(c.articleSpan.start, c.articleSpan.end)).toBe(
      "White House National Security Adviser Elizabeth Sherwood-Randall",
    );
    expect(c.evidence.flatMap((e) => e.sources.map((s) => s.source_id))).toEqual(["S49", "S50", "S47"]);
  });

  it("never types a number into claim prose: every digit comes from a placeholder", () => {
    for (const c of story.claims) {
      for (const t of [c.findingTemplate, c.correctionTemplate ?? ""]) {
        expect(t.replace(/\{[^}]+\}/g, "")).not.toMatch(/\d/);
      }
    }
  });
});
