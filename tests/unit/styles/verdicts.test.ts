import { describe, expect, it } from "vitest";
import { contrast } from "../../support/contrast.ts";
import { PAGE_COLORS } from "../../../src/charts/kit/palette.ts";
import { VERDICTS } from "../../../src/data/claims.ts";
import { VERDICT_COLORS, VERDICT_ICONS } from "../../../src/styles/verdicts.ts";
import { loadStory } from "../../../src/data/story.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { leadSummary, verdictTally } from "../../../src/i18n/lead-summary.ts";

describe("verdict colours and icons", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`${theme}: each verdict's colour is at least 4.5:1 on the page and on a record note's panel (it colours text)`, () => {
      const page = PAGE_COLORS[theme];
      for (const verdict of VERDICTS) {
        for (const bg of [page.bg, page.panel])
          expect(contrast(VERDICT_COLORS[theme][verdict], bg), `${verdict} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
    it(`${theme}: the four colours differ`, () => {
      expect(new Set(Object.values(VERDICT_COLORS[theme])).size).toBe(VERDICTS.length);
    });
  }
  it("each verdict has an icon of its own, so colour is never the only cue", () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_ICONS[v])).size).toBe(VERDICTS.length);
  });
});

describe("the story's summary line", () => {
  const story = loadStory();
  it("counts the claims' verdicts", () => {
    const tally = verdictTally(story.claims);
    expect(tally.reduce((n, t) => n + t.count, 0)).toBe(story.claims.length);
    for (const { verdict, count } of tally)
      expect(count).toBe(story.claims.filter((c) => c.verdict === verdict).length);
  });
  it.each([
    [
      "en",
      "Of the story's five claims checked against the public record, one is consistent with it, one is an estimate, two need context, and one differs.",
    ],
    [
      "es",
      "De las cinco afirmaciones de la nota contrastadas con los datos públicos, una coincide con ellos, una es una estimación, dos necesitan contexto y una difiere.",
    ],
  ])("reads in %s: %s", (lang, expected) => {
    expect(leadSummary(story.claims, loadText(lang))).toBe(expected);
  });
  it("follows the data: a claim that changes verdict changes the line", () => {
    const claims = story.claims.map((c) => (c.verdict === "estimate" ? { ...c, verdict: "differs" as const } : c));
    expect(leadSummary(claims, loadText("en"))).toBe(
      "Of the story's five claims checked against the public record, one is consistent with it, two need context, and two differ.",
    );
  });
});
