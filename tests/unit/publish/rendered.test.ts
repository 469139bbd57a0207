import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { chartImage, derived, siteCharts, siteStory, siteText } from "../../../src/publish/rendered.ts";
import { renderChart } from "../../../src/render/chart.ts";

describe("the build's one cache (publish/rendered.ts), keyed by language", () => {
  it("renders each edition once: its text and charts are the same objects every time", () => {
    for (const lang of ["en", "es"]) {
      const a = siteCharts(lang);
      expect(siteCharts(lang).charts).toBe(a.charts);
      expect(siteText(lang)).toBe(a.text);
      expect(a.charts.map((c) => c.id)).toEqual(CHARTS.map((c) => c.id));
    }
    expect(siteText("es")).not.toBe(siteText("en"));
  });

  it("computes what is derived from an edition once per language and key", () => {
    let runs = 0;
    const compute = () => ({ run: ++runs });
    expect(derived("en", "test:once", compute)).toBe(derived("en", "test:once", compute));
    expect(derived("es", "test:once", compute)).not.toBe(derived("en", "test:once", compute));
    expect(runs).toBe(2);
    expect(chartImage(CHARTS[0]!.id, "en")).toBe(chartImage(CHARTS[0]!.id, "en"));
    expect(chartImage(CHARTS[0]!.id, "en", "phone").width).toBeLessThan(chartImage(CHARTS[0]!.id, "en").width);
  });

  it("gives each render its own document: a chart draws the same bytes whatever was rendered before it", () => {
    const story = siteStory();
    const text = siteText("en");
    const forwards = CHARTS.map((s) =>
      renderChart(s, story, text)
        .artboards.map((a) => a.svg)
        .join(""),
    );
    const backwards = [...CHARTS]
      .reverse()
      .map((s) =>
        renderChart(s, story, text)
          .artboards.map((a) => a.svg)
          .join(""),
      )
      .reverse();
    expect(backwards).toEqual(forwards);
  });
});
