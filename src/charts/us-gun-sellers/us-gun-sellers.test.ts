import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { fiscalYearOf } from "../../data/periods.ts";
import { loadStory } from "../../data/story.ts";
import { loadText } from "../../i18n/text.ts";
import { renderChart } from "../../render/chart.ts";
import { chartById } from "../registry.ts";
import type { GunSellersRow } from "./spec.ts";

const story = loadStory();
const en = loadText("en");
const rec = story.record.rows;

describe("us-gun-sellers rows come from the record", () => {
  it("the licence types of the fiscal year the article was published in add up to ATF's total", () => {
    const rows = chartById("us-gun-sellers").rows(story) as GunSellersRow[];
    const year = fiscalYearOf(story.article.published);
    expect(new Set(rows.filter((r) => r.group === "type").map((r) => r.year))).toEqual(new Set([year]));
    const total = rows.find((r) => r.group === "total" && r.year === year)!.count;
    expect(rows.filter((r) => r.group === "type").reduce((s, r) => s + r.count, 0)).toBe(total);
    expect(rows.filter((r) => r.group === "total").map((r) => r.year)).toEqual(
      rec.ffl_counts.map((r) => r.row.fiscal_year),
    );
  });
});

describe("us-gun-sellers draws the point: every licensee in one bar, the retail part first and keyed", () => {
  const es = loadText("es");
  const rows = chartById("us-gun-sellers").rows(story) as GunSellersRow[];
  const types = rows.filter((r) => r.group === "type");
  const total = rows.find((r) => r.group === "total" && r.year === types[0]!.year)!.count;
  for (const [lang, t] of [
    ["en", en],
    ["es", es],
  ] as const) {
    const chart = renderChart(chartById("us-gun-sellers"), story, t);
    for (const { width, svg } of chart.artboards) {
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      it(`${lang} ${width} px: one segment per licence type, spanning the total; retail first, in the highlight colour`, () => {
        const segments = [...document.querySelectorAll(".data-mark rect")].filter((r) =>
          types.some((ty) => r.getAttribute("aria-label")!.endsWith(chart.tools.number(ty.count))),
        );
        expect(segments.length).toBe(types.length);
        const xs = segments.map((s) => Number(s.getAttribute("x"))).sort((a, b) => a - b);
        const first = segments.find((s) => Number(s.getAttribute("x")) === xs[0])!;
        expect(first.closest("g")!.getAttribute("class")).toContain("c-highlight");
        // The widths (each less the px of background between segments) add up to the bar's share of the artboard.
        const sum = segments.reduce((s, r) => s + Number(r.getAttribute("width")) + 1, 0);
        const claim = rows.find((r) => r.group === "claim")!.count;
        expect(sum).toBeCloseTo(((width - 4) * total) / Math.max(total, claim), 0);
      });
      it(`${lang} ${width} px: every colour a mark uses has a key swatch; Mexico is a note, not a bar`, () => {
        const used = new Set(
          [...document.querySelectorAll(".data-mark")].flatMap((g) =>
            [...g.classList].filter((c) => c.startsWith("c-")),
          ),
        );
        const keyed = new Set(
          [...document.querySelectorAll(".key-swatch")].flatMap((g) =>
            [...g.classList].filter((c) => c.startsWith("c-")),
          ),
        );
        // The companion's single colour is named by its own title; the bar's colours need a key.
        used.delete("c-record");
        expect([...used].every((c) => keyed.has(c))).toBe(true);
        expect(document.querySelectorAll(".data-mark rect").length).toBe(
          types.length + rows.filter((r) => r.group === "total").length,
        );
        expect(svg).toContain(chart.tools.note("mexico").split(" ")[0]);
      });
    }
  }
});

snapshotArtboards("us-gun-sellers", import.meta.url);
