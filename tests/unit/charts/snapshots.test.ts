import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { loadStory } from "../../../src/data/story.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { renderChart } from "../../../src/render/chart.ts";
import { ROOT } from "../../support/paths.ts";

const story = loadStory();
const text = loadText("en");

/** One element per line, so a snapshot diff points at the mark that moved. */
const normalise = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

describe("chart SVG snapshots (tests/charts/__snapshots__/<id>@<width>.svg)", () => {
  for (const spec of CHARTS) {
    const chart = renderChart(spec, story, text);
    for (const { width, svg } of chart.artboards) {
      it(`${spec.id} at ${width} px`, async () => {
        expect(svg).toContain(`viewBox="0 0 ${width} `);
        await expect(normalise(svg)).toMatchFileSnapshot(join(ROOT, "tests", "charts", "__snapshots__", `${spec.id}@${width}.svg`));
      });
    }
  }

  it("renders the same bytes twice", () => {
    const a = CHARTS.map((s) => renderChart(s, story, text).artboards.map((x) => x.svg).join(""));
    const b = CHARTS.map((s) => renderChart(s, story, text).artboards.map((x) => x.svg).join(""));
    expect(a).toEqual(b);
  });

  it("writes no attribute an HTML validator rejects (Plot's font-variant)", () => {
    for (const spec of CHARTS) for (const a of renderChart(spec, story, text).artboards) expect(a.svg).not.toMatch(/font-variant=/);
  });
});
