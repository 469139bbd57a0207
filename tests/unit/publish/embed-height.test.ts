// Embed heights are computed from the embed page's own text and artboards: the no-script height
// is the tallest over every frame width, and more text or a correction makes a page taller.
import { describe, expect, it } from "vitest";
import { FRAME_WIDTHS, embedHeightAt, embedHeights } from "../../../src/publish/embed-height.ts";
import { siteCharts } from "../../../src/publish/rendered.ts";

const { text, charts } = siteCharts("en");

describe("embedHeights", () => {
  for (const chart of charts) {
    it(`${chart.id}: the no-script height is the tallest page from ${FRAME_WIDTHS.min} to ${FRAME_WIDTHS.max} px`, () => {
      const h = embedHeights(chart, text);
      let tallest = 0;
      for (let w = FRAME_WIDTHS.min; w <= FRAME_WIDTHS.max; w++)
        tallest = Math.max(tallest, embedHeightAt(chart, text, w));
      expect(h.noScript).toBe(tallest);
      for (const w of [FRAME_WIDTHS.min, 320, 600, FRAME_WIDTHS.max]) {
        expect(h.at(w)).toBe(embedHeightAt(chart, text, w));
        expect(Number.isInteger(h.at(w))).toBe(true);
      }
      // The same chart object asks once: the answer is kept.
      expect(embedHeights(chart, text).noScript).toBe(h.noScript);
    });
  }

  it("grows with the page's text: one more note, a longer title, a correction", () => {
    const history = charts[0]!.history!;
    const chart = { ...charts[0]!, history: { ...history, latestCorrection: null as typeof history.latestCorrection } };
    const at = (c: typeof chart) => embedHeightAt(c, text, 320);
    const base = at(chart);
    expect(
      at({ ...chart, notes: [...chart.notes, "One more note, long enough to need a line of its own."] }),
    ).toBeGreaterThan(base);
    expect(at({ ...chart, title: `${chart.title} ${chart.title} ${chart.title}` })).toBeGreaterThan(base);
    const correction = { date: "2099-01-01", what: "A corrected value.", why: "A fixture.", source_id: "fixture" };
    expect(at({ ...chart, history: { ...history, latestCorrection: correction } })).toBeGreaterThan(base);
  });
});
