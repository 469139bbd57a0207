import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { loadStory } from "../../../src/data/story.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { renderChart } from "../../../src/render/chart.ts";
import { textTools } from "../../../src/charts/kit/text-tools.ts";

const story = loadStory();
const text = loadText("en");
const en = text;

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
      // What each chart draws, whichever way it got there: record rows and row sets (published rows
      // only: the loader withholds R rows), declared rows (the loader refuses an R one: bad-input
      // fixture r-value-used), the article's own source (sources.csv's verification), or anything a
      // spec builds itself. The fixture covers one of those ways; this covers the charts' output.
      // No R: the pattern has none.
      it("draws rows, each with a known source and a publishable flag", () => {
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          for (const id of r.source_id.split(";")) expect(story.record.sources.has(id), id).toBe(true);
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
    const words =
      /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|docena|cien|mil)\b/i;
    const es = loadText("es");
    const prose = [en, es].flatMap((t) => [
      ...Object.values(t.charts).flatMap((c) => [
        c.title,
        c.dek,
        c.alt,
        ...c.notes,
        ...Object.values(c.labels),
        ...Object.values(c.annotations),
      ]),
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

describe("the reader's table (Show the data): words a reader compares; codes and coordinates stay in the downloads", () => {
  const es = loadText("es");
  for (const [lang, t] of [
    ["en", en],
    ["es", es],
  ] as const) {
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
});
