import { describe, expect, it } from "vitest";
import { loadStory } from "../../../src/data/story.ts";

const story = loadStory();
const { article, figures, notCharted, derived } = story;

describe("the article's figures", () => {
  for (const f of figures) {
    it(`${f.id}: its quote is in the seed, verbatim, and holds ${f.mention.span.text}`, () => {
      expect(article.text.slice(f.quoteSpan.start, f.quoteSpan.end)).toBe(f.quote);
      expect(f.mention.span.start).toBeGreaterThanOrEqual(f.quoteSpan.start);
      expect(f.mention.span.end).toBeLessThanOrEqual(f.quoteSpan.end);
      expect(f.mention.value).toBe(f.value);
    });
  }

  it("accounts for every number the parser found, once", () => {
    const used = [...figures.map((f) => f.mention), ...notCharted.map((n) => n.mention)];
    expect(new Set(used).size).toBe(used.length);
    expect(new Set(used)).toEqual(new Set(article.mentions));
  });

  it("attributes the quoted figures to the people the article quotes", () => {
    const speakers = new Map(figures.map((f) => [f.id, f.speaker]));
    expect(speakers.get("us-share-of-seized-guns")).toBe(article.quotes[0]!.speaker!.name);
    expect(speakers.get("us-arms-stores")).toBe(article.quotes[1]!.speaker!.name);
  });
});

describe("derived figures", () => {
  it("computes the daily rate from the stored yearly figure", () => {
    const yearly = figures.find((f) => f.id === "annual-inflow")!;
    const daily = derived.find((d) => d.from === "annual-inflow")!;
    expect(daily.exact * 365).toBeCloseTo(Number(yearly.value), 6);
    expect(daily.value % daily.roundTo).toBe(0);
    expect(Math.abs(daily.value - daily.exact)).toBeLessThanOrEqual(daily.roundTo / 2);
    expect(daily.divisor).toBe(365);
    expect(daily.exact).toBe(Number(yearly.value) / daily.divisor);
    expect(daily.value).toBe(Math.round(Number(yearly.value) / daily.divisor / daily.roundTo) * daily.roundTo);
  });
});
