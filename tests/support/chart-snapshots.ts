import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/registry.ts";
import { loadStory } from "../../src/data/story.ts";
import { loadText } from "../../src/i18n/text.ts";
import { renderChart } from "../../src/render/chart.ts";

/** One element per line, so a snapshot diff points at the mark that moved. */
const normalise = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

/**
 * A chart's SVG snapshots, one per artboard, in its own folder: src/charts/<id>/__snapshots__/<width>.svg.
 * Called from the chart's own test (src/charts/<id>/<id>.test.ts) with its `import.meta.url`; record anew with
 * `npx vitest run --project unit -u src/charts/<id>/`.
 */
export function snapshotArtboards(id: string, testUrl: string): void {
  const folder = dirname(fileURLToPath(testUrl));
  describe(`${id} SVG snapshots (src/charts/${id}/__snapshots__/<width>.svg)`, () => {
    const chart = renderChart(chartById(id), loadStory(), loadText("en"));
    for (const { width, svg } of chart.artboards) {
      it(`at ${width} px`, async () => {
        expect(svg).toContain(`viewBox="0 0 ${width} `);
        await expect(normalise(svg)).toMatchFileSnapshot(join(folder, "__snapshots__", `${width}.svg`));
      });
    }
  });
}
