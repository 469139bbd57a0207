import { describe, expect, it } from "vitest";
import { CHARTS, chartById } from "../../../src/charts/registry.ts";
import { loadStory } from "../../../src/data/story.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { renderChart } from "../../../src/render/chart.ts";
import { textTools } from "../../../src/charts/kit/text-tools.ts";
import type { OriginShareRow } from "../../../src/charts/origin-share/spec.ts";
import type { GunSellersRow } from "../../../src/charts/us-gun-sellers/spec.ts";
import type { AnnualFlowRow } from "../../../src/charts/annual-flow/spec.ts";
import { parseHTML } from "linkedom";

const story = loadStory();
const text = loadText("en");
const en = text;
const rec = story.record.rows;

describe("the chart registry", () => {
  it("lists each chart once, with a kebab-case id that names its file", () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(ids).toEqual(["origin-share", "source-states", "annual-flow", "flow-map", "us-gun-sellers", "timeline"]);
  });

  for (const spec of CHARTS) {
    describe(spec.id, () => {
      const rows = spec.rows(story);
      it("draws rows, each with a known source and a publishable flag", () => {
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          for (const id of r.source_id.split(";")) expect(story.record.sources.has(id), id).toBe(true);
          expect(r.flag.split("/")).not.toContain("R");
          expect(r.flag).toMatch(/^(V|V2|C|X)(\/(V|V2|C|X))*$/);
        }
      });
      it("has every download column in every row, and text for each", () => {
        for (const r of rows) for (const c of spec.columns) expect(r, c.key).toHaveProperty(c.key);
        expect(Object.keys(text.charts[spec.id]!.columns).sort()).toEqual(spec.columns.map((c) => c.key).sort());
      });
      it("fills every text template without a missing value", () => {
        const chart = renderChart(spec, story, text);
        for (const s of [chart.title, chart.dek, chart.alt, ...chart.notes]) expect(s).not.toMatch(/[{}]/);
      });
      it("takes annotation text from the text data", () => {
        const tools = textTools(spec, rows, story, text.charts[spec.id]!, "en-US");
        for (const a of spec.annotations(rows, story, tools)) {
          expect(text.charts[spec.id]!.annotations[a.key], a.key).toBeDefined();
          expect(a.text).toBe(tools.note(a.key));
        }
      });
    });
  }

  it("spells no count as a word in chart or claim prose (the digit check cannot see those)", () => {
    const words = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|docena|cien|mil)\b/i;
    const es = loadText("es");
    const prose = [en, es].flatMap((t) => [
      ...Object.values(t.charts).flatMap((c) => [c.title, c.dek, c.alt, ...c.notes, ...Object.values(c.labels), ...Object.values(c.annotations)]),
      ...Object.values(t.claims ?? {}).flatMap((c) => [c.finding, c.correction ?? ""]),
      t.ui["storyDek"]!,
    ]);
    const claimsEn = story.claims.flatMap((c) => [c.findingTemplate, c.correctionTemplate ?? ""]);
    for (const s of [...prose, ...claimsEn]) expect(s, s).not.toMatch(words);
  });

  it("keeps numbers out of chart prose: every digit comes from a placeholder or is a licence-type code", () => {
    for (const [id, t] of Object.entries(text.charts)) {
      const strings = [t.title, t.dek, t.alt, ...t.notes, ...Object.values(t.labels), ...Object.values(t.annotations)];
      for (const s of strings) {
        const bare = s.replace(/\{[^}]+\}/g, "").replace(/\btypes? \d{2}(-\d{2})?\b/g, "");
        expect(bare, `${id}: ${s}`).not.toMatch(/\d/);
      }
    }
  });
});

describe("chart rows come from the record", () => {
  it("origin-share: the claim, GAO's share, and ATF's share computed from its two counts", () => {
    const rows = chartById("origin-share").rows(story) as OriginShareRow[];
    const claim = story.figures.find((f) => f.id === "us-share-of-seized-guns")!;
    const gao = rec.mexico_trace_aggregates.find((r) => r.row.metric === "share_us_sourced")!.row;
    const atf = rows.find((r) => r.series === "atf")!;
    expect(rows.map((r) => r.series)).toEqual(["claim", "gao", "atf"]);
    expect(rows[0]!.share_pct).toBe(claim.value);
    expect(rows[1]!.share_pct).toBe(gao.value);
    expect(atf.share_pct).toBeCloseTo((atf.us_sourced! / atf.traced!) * 100, 1);
    expect(atf.flag).toBe("V2");
  });

  it("source-states: the 2022-2023 states with a count, largest first", () => {
    const rows = chartById("source-states").rows(story);
    const expected = rec.us_source_states.filter((r) => r.row.period === "2022-2023" && r.row.count !== null);
    expect(rows.map((r) => r.count)).toEqual(expected.map((r) => r.row.count).sort((a, b) => b! - a!));
  });

  it("annual-flow: every yearly estimate, the article's first, with ranges where given", () => {
    const rows = chartById("annual-flow").rows(story) as AnnualFlowRow[];
    expect(rows.length).toBe(rec.flow_estimates.filter((r) => r.row.unit === "firearms_per_year").length);
    expect(rows[0]!.central).toBe(story.figures.find((f) => f.id === "annual-inflow")!.value);
    for (const r of rows) if (r.low !== null) expect(r.low).toBeLessThan(r.central);
  });

  it("us-gun-sellers: fiscal 2023's licence types add up to ATF's total", () => {
    const rows = chartById("us-gun-sellers").rows(story) as GunSellersRow[];
    const total = rows.find((r) => r.group === "total" && r.year === 2023)!.count;
    expect(rows.filter((r) => r.group === "type").reduce((s, r) => s + r.count, 0)).toBe(total);
    expect(rows.filter((r) => r.group === "total").map((r) => r.year)).toEqual(rec.ffl_counts.map((r) => r.row.fiscal_year));
  });

  it("timeline: every dated security, lawsuit and media event that may be published", () => {
    const rows = chartById("timeline").rows(story);
    expect(rows.length).toBe(rec.timeline.filter((r) => r.row.track !== "data").length);
    expect(rows.map((r) => r.date)).not.toContain("2024-10-04"); // the R row: certiorari date with no source
  });

});

describe("the reader's table (Show the data): words a reader compares; codes and coordinates stay in the downloads", () => {
  const es = loadText("es");
  for (const [lang, t] of [["en", en], ["es", es]] as const) {
    for (const spec of CHARTS) {
      const chart = renderChart(spec, story, t);
      const cells = chart.table.rows.flat();
      it(`${lang} ${spec.id}: one table row per download row, no source id, no flag code, no ditto`, () => {
        expect(chart.table.rows.length).toBe(chart.rows.length);
        expect(chart.table.columns.map((c) => c.key)).not.toContain("source_id");
        for (const c of cells) {
          expect(c).not.toMatch(/\bS\d{2}\b/);
          expect(c).not.toMatch(/^(V|V2|C|X|R)([/; ](V|V2|C|X))*$/);
          // A ditto ("same", "Way of the Gun: same") is written out as the words it stands for.
          expect(c).not.toMatch(/\bsame$/);
        }
        // The downloads keep what the table words: the ids and flags of every row.
        expect(chart.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["source_id", "source", "flag"]));
      });
      it(`${lang} ${spec.id}: dates written as dates, not ISO`, () => {
        for (const c of cells) expect(c).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
    }
  }

  it("the flow map's table has no coordinates; its download has them for every row", () => {
    const chart = renderChart(chartById("flow-map"), story, en);
    expect(chart.table.columns.map((c) => c.key).filter((k) => /_(lon|lat)$/.test(k))).toEqual([]);
    for (const r of chart.rows) expect(typeof r["origin_lon"]).toBe("number");
  });

  it("source-states: a universe the file writes as 'same' is the universe of the row above it", () => {
    const file = rec.us_source_states;
    const rows = chartById("source-states").rows(story);
    for (const r of rows) {
      const i = file.findIndex((f) => f.row.period === r.period && f.row.state === r["state"]);
      const stated = file.slice(0, i + 1).reverse().find((f) => f.row.universe !== "same")!.row.universe;
      expect(r["universe"]).toBe(stated);
    }
  });

  it("timeline: the Spanish table names every event in Spanish; the download keeps the record's wording", () => {
    const chart = renderChart(chartById("timeline"), story, es);
    const col = chart.table.columns.findIndex((c) => c.key === "event");
    chart.table.rows.forEach((cells, i) => {
      expect(cells[col]).not.toBe(chart.rows[i]!["event"]);
      expect(cells[col]).toBe(chart.tools.label(`event:${chart.rows[i]!["date"]}`));
    });
    expect(chart.rows.map((r) => r["event"])).toEqual(rec.timeline.filter((r) => r.row.track !== "data").map((r) => r.row.event));
  });

  it("names the map's coordinate source for a reader, not as 'npm registry packages'", () => {
    for (const t of [en, es]) {
      const chart = renderChart(chartById("flow-map"), story, t);
      const sourceCol = chart.table.columns.findIndex((c) => c.key === "source");
      for (const cells of chart.table.rows) expect(cells[sourceCol]).not.toMatch(/npm registry packages/);
      for (const n of chart.notes) expect(n).not.toMatch(/npm registry packages/);
    }
  });
});

describe("us-gun-sellers draws the point: every licensee in one bar, the retail part first and keyed", () => {
  const es = loadText("es");
  const rows = chartById("us-gun-sellers").rows(story) as GunSellersRow[];
  const types = rows.filter((r) => r.group === "type");
  const total = rows.find((r) => r.group === "total" && r.year === types[0]!.year)!.count;
  for (const [lang, t] of [["en", en], ["es", es]] as const) {
    const chart = renderChart(chartById("us-gun-sellers"), story, t);
    for (const { width, svg } of chart.artboards) {
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      it(`${lang} ${width} px: one segment per licence type, spanning the total; retail first, in the highlight colour`, () => {
        const segments = [...document.querySelectorAll(".data-mark rect")].filter((r) => types.some((ty) => r.getAttribute("aria-label")!.endsWith(chart.tools.number(ty.count))));
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
        const used = new Set([...document.querySelectorAll(".data-mark")].flatMap((g) => [...g.classList].filter((c) => c.startsWith("c-"))));
        const keyed = new Set([...document.querySelectorAll(".key-swatch")].flatMap((g) => [...g.classList].filter((c) => c.startsWith("c-"))));
        // The companion's single colour is named by its own title; the bar's colours need a key.
        used.delete("c-record");
        expect([...used].every((c) => keyed.has(c))).toBe(true);
        expect(document.querySelectorAll(".data-mark rect").length).toBe(types.length + rows.filter((r) => r.group === "total").length);
        expect(svg).toContain(chart.tools.note("mexico").split(" ")[0]);
      });
    }
  }
});

describe("timeline: every event readable without hovering, no two dots overlapping, the article's date the anchor", () => {
  const es = loadText("es");
  const rows = chartById("timeline").rows(story);
  const events = rows.filter((r) => r.track !== "media");
  for (const [lang, t] of [["en", en], ["es", es]] as const) {
    const chart = renderChart(chartById("timeline"), story, t);
    for (const { width, svg } of chart.artboards) {
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      const shown = [...document.querySelectorAll("text")].map((x) => [...x.querySelectorAll("tspan")].map((s) => s.textContent).join(" ") || x.textContent).join("\n");
      it(`${lang} ${width} px: each of the ${events.length} events has its name, in the edition's words, on the chart`, () => {
        for (const r of events) {
          const name = chart.tools.label(`event:${r.date}`);
          // Wrapped names are split over lines: compare word by word.
          expect(shown.replace(/\s+/g, " "), name).toContain(name.replace(/\s+/g, " "));
        }
        expect(document.querySelectorAll(".data-mark circle").length).toBe(events.length);
      });
      it(`${lang} ${width} px: no two event dots overlap`, () => {
        const dots = [...document.querySelectorAll(".data-mark circle")].map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy")), Number(c.getAttribute("r"))] as const);
        for (let i = 0; i < dots.length; i++)
          for (let j = i + 1; j < dots.length; j++) {
            const [x1, y1, r1] = dots[i]!;
            const [x2, y2, r2] = dots[j]!;
            expect(Math.hypot(x1 - x2, y1 - y2), `${i} ${j}`).toBeGreaterThanOrEqual(r1 + r2);
          }
      });
      it(`${lang} ${width} px: the article's date is a labelled rule across at least half the chart`, () => {
        expect(shown).toContain(chart.tools.note("article"));
        const rule = document.querySelector(".article-rule line")!;
        expect(Number(rule.getAttribute("x2")) - Number(rule.getAttribute("x1"))).toBeGreaterThanOrEqual(width / 2);
      });
    }
  }
});
