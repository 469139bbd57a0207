import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { loadStory } from "../../../src/data/story.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { renderChart } from "../../../src/render/chart.ts";

const story = loadStory();
const text = loadText("en");

// Each chart's own snapshots are in its folder (src/charts/<id>/__snapshots__/, written by <id>.test.ts);
// what every chart's SVG must be is here.
describe("every chart's SVG", () => {
  it("renders the same bytes twice", () => {
    const a = CHARTS.map((s) =>
      renderChart(s, story, text)
        .artboards.map((x) => x.svg)
        .join(""),
    );
    const b = CHARTS.map((s) =>
      renderChart(s, story, text)
        .artboards.map((x) => x.svg)
        .join(""),
    );
    expect(a).toEqual(b);
  });

  it("writes no attribute an HTML validator rejects (Plot's font-variant)", () => {
    for (const spec of CHARTS)
      for (const a of renderChart(spec, story, text).artboards) expect(a.svg).not.toMatch(/font-variant=/);
  });
});
