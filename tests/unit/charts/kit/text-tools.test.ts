// textTools binds a chart's values to its text in one language: templates filled from the
// spec's values, names swapped as the edition writes them, numbers in the edition's format, and
// a missing key is an error that names it.
import { describe, expect, it } from "vitest";
import { textTools } from "../../../../src/charts/kit/text-tools.ts";
import { formatNumber, formatPercent } from "../../../../src/data/format.ts";
import { getStory } from "../../../../src/data/story.ts";
import type { ChartSpec, DownloadRow } from "../../../../src/charts/types.ts";

type Row = DownloadRow & { state: string; count: number };
const rows: Row[] = [
  { state: "New Mexico", count: 1234, source_id: "S00", source: "Fixture", flag: "V" },
  { state: "Texas", count: 5678, source_id: "S00", source: "Fixture", flag: "V" },
];
const spec = {
  id: "fixture",
  values: (rs: Row[]) => ({ top: rs[1]!.state, total: rs.reduce((n, r) => n + r.count, 0) }),
} as unknown as ChartSpec<Row>;
const text = {
  title: "t",
  dek: "d",
  alt: "a",
  notes: [],
  labels: { top: "{top} leads with {total}", row: "{state}: {count}" },
  annotations: { note: "Total {total}" },
  columns: {},
  cells: {},
};

describe("textTools", () => {
  for (const locale of ["en-US", "es-MX"] as const) {
    it(`${locale}: fills labels and notes from the spec's values, numbers in the locale's format`, () => {
      const tools = textTools(spec, rows, getStory(), text, locale);
      const total = rows.reduce((n, r) => n + r.count, 0);
      expect(tools.label("top")).toBe(`Texas leads with ${formatNumber(total, locale)}`);
      expect(tools.note("note")).toBe(`Total ${formatNumber(total, locale)}`);
      expect(tools.label("row", { state: rows[1]!.state, count: rows[1]!.count })).toBe(
        `${rows[1]!.state}: ${formatNumber(rows[1]!.count, locale)}`,
      );
      expect(tools.number(1234.5, 1)).toBe(formatNumber(1234.5, locale, 1));
      expect(tools.percent(67.5)).toBe(formatPercent(67.5, locale, 1));
      expect(tools.locale).toBe(locale);
    });
  }

  it("writes names as the edition does, in the spec's values and in a row's own", () => {
    const names = { Texas: "Texas (es)", "New Mexico": "Nuevo México" };
    const tools = textTools(spec, rows, getStory(), text, "es-MX", names);
    expect(tools.label("top")).toMatch(/^Texas \(es\) leads/);
    expect(tools.label("row", { state: "New Mexico", count: 1 })).toMatch(/^Nuevo.México: /);
  });

  it("names a missing label or note with its chart and group", () => {
    const tools = textTools(spec, rows, getStory(), text, "en-US");
    expect(() => tools.label("nope")).toThrow("data/text: missing charts.fixture.labels.nope");
    expect(() => tools.note("nope")).toThrow("data/text: missing charts.fixture.annotations.nope");
    expect(() => tools.t("{unknown}")).toThrow(/unknown/);
  });
});
