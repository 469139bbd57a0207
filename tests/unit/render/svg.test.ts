// renderSvg on a fixture chart: markup-like data text stays literal (escaped once, parsed back
// as itself), the output is the same on every run, and only data marks are focusable and named.
import * as Plot from "@observablehq/plot";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../src/render/svg.ts";
import { DATA_MARK, type ChartSpec, type DownloadRow, type RenderContext } from "../../../src/charts/types.ts";
import { textTools } from "../../../src/charts/kit/text-tools.ts";
import { getStory } from "../../../src/data/story.ts";

type Row = DownloadRow & { name: string; value: number };
const TRICKY = [`<70%`, `&nbsp;`, `"quoted" & 'single'`, `</svg><script>x</script>`];
const rows: Row[] = TRICKY.map((name, i) => ({
  name,
  value: 10 * (i + 1) + 0.125,
  source_id: "S00",
  source: "Fixture",
  flag: "V",
}));

const spec: ChartSpec<Row> = {
  id: "fixture",
  placeAfterFigure: "none",
  rows: () => rows,
  columns: [],
  values: () => ({}),
  annotations: () => [],
  options: (rs) => ({
    height: 160,
    marginLeft: 120,
    marks: [
      Plot.barX(rs, { x: "value", y: "name", ariaLabel: (d: Row) => `${d.name}: ${d.value}`, className: DATA_MARK }),
      Plot.text(rs, { x: "value", y: "name", text: "name", dx: 4, textAnchor: "start" }),
      Plot.ruleX([0]),
    ],
  }),
};
const text = { title: "t", dek: "d", alt: "a", notes: [], labels: {}, annotations: {}, columns: {}, cells: {} };
const context = (width: number): RenderContext => ({
  ...textTools(spec, rows, getStory(), text, "en-US"),
  width,
  annotations: [],
  inputs: undefined,
});
// As XML (the standalone SVG, resvg) and as HTML (the page): linkedom's XML parser leaves
// entities in attribute values as written, so names are read from the HTML parse.
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const parsePage = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe("renderSvg", () => {
  it("is well-formed XML in which every data text reads back as itself", () => {
    const doc = parse(renderSvg(spec, rows, context(400)));
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    for (const name of TRICKY) expect(texts, name).toContain(name);
    const labels = [...parsePage(renderSvg(spec, rows, context(400))).querySelectorAll("[aria-label]")].map((e) =>
      e.getAttribute("aria-label"),
    );
    for (const r of rows) expect(labels).toContain(`${r.name}: ${r.value}`);
    expect(doc.querySelectorAll("script").length).toBe(0);
  });

  it("is the same string on every run, with the chart's own class and no random one", () => {
    const a = renderSvg(spec, rows, context(400));
    expect(renderSvg(spec, rows, context(400))).toBe(a);
    expect(a).toMatch(/^<svg [^>]*class="chart-svg chart-svg-fixture"/);
    expect(a).not.toMatch(/plot-[0-9a-f]{4,}/);
    // Coordinates rounded to 0.1 px; a mark's name keeps its value's every digit (10.125).
    expect(a).not.toMatch(/ (?:d|x|y|x1|x2|y1|y2|width|height|transform|points|viewBox)="[^"]*\d\.\d{2,}/);
    expect(a).toContain(
      `aria-label="${rows[0]!.name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}: 10.125"`,
    );
    expect(renderSvg(spec, rows, context(260))).not.toBe(a);
  });

  it("makes each data mark a named tab stop, and hides every other group from assistive technology", () => {
    const doc = parse(renderSvg(spec, rows, context(400)));
    const svg = doc.querySelector("svg")!;
    const marks = [...svg.querySelectorAll(`g.${DATA_MARK} [aria-label]`)];
    expect(marks).toHaveLength(rows.length);
    for (const m of marks) {
      expect(m.getAttribute("tabindex")).toBe("0");
      expect(m.getAttribute("role")).toBe("img");
    }
    const groups = [...svg.children].filter((g) => g.tagName.toLowerCase() === "g");
    for (const g of groups) {
      if (g.classList.contains(DATA_MARK)) expect(g.hasAttribute("aria-label")).toBe(false);
      else expect(g.getAttribute("aria-hidden")).toBe("true");
    }
    expect(svg.querySelectorAll("[tabindex]")).toHaveLength(rows.length);
  });
});
