// The standalone SVG (/data/<id>.svg, the PNG's input): well-formed XML that resvg can read,
// the chosen artboard inside a padded frame, and its title, description and notice as given.
import { Resvg } from "@resvg/resvg-js";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { siteCharts } from "../../../src/publish/rendered.ts";
import { imageLabels, standaloneSvg } from "../../../src/publish/standalone-svg.ts";
import { ARTBOARDS } from "../../../src/charts/kit/artboards.ts";

const { text, charts } = siteCharts("en");
const viewBox = (svg: string) => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
const xml = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("standaloneSvg", () => {
  for (const chart of charts) {
    it(`${chart.id}: the widest artboard (or the one asked for), framed, with its title and description`, () => {
      const labels = imageLabels(chart, text);
      for (const [artboard, expected] of [
        [undefined, chart.artboards.at(-1)!],
        [ARTBOARDS[0], chart.artboards.find((a) => a.width === ARTBOARDS[0])!],
      ] as const) {
        const out = standaloneSvg(chart, labels, artboard);
        const [w] = viewBox(expected.svg);
        expect(out.width).toBe(w + 32);
        expect(viewBox(out.svg)).toEqual([out.width, out.height]);
        const doc = xml(out.svg);
        expect(doc.querySelector("title")!.textContent).toBe(chart.title);
        expect(doc.querySelector("desc")!.textContent).toBe(chart.alt);
        // resvg reads it, at the size it says.
        expect(new Resvg(out.svg).width).toBe(out.width);
      }
    });
  }

  it("keeps markup-like text literal, and draws a correction notice only when there is one", () => {
    const chart = { ...charts[0]!, title: `"<70%" & 'more'`, alt: "a </desc> b" };
    const labels = { ...imageLabels(chart, text), notice: undefined };
    const plain = standaloneSvg(chart, labels);
    const doc = xml(plain.svg);
    expect(doc.querySelector("title")!.textContent).toBe(chart.title);
    expect(doc.querySelector("desc")!.textContent).toBe(chart.alt);
    expect(doc.querySelectorAll("text.n").length).toBe(0);
    const noticed = standaloneSvg(chart, { ...labels, notice: "Updated: a fixture's <correction>" });
    expect([...xml(noticed.svg).querySelectorAll("text.n")].map((t) => t.textContent).join(" ")).toContain(
      "<correction>",
    );
    expect(noticed.height).toBeGreaterThan(plain.height);
  });
});
