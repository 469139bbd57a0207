// annotationMarks: the notes an artboard can hold, each as italic-classed text, with a
// connector that starts at the anchor and stops 4 px short of the text where one is asked for.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { annotationMarks } from "../../../../src/charts/kit/annotate.ts";
import type { Annotation } from "../../../../src/charts/types.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const NOTES: Annotation[] = [
  { key: "always", text: "Always drawn", x: 10, y: 10, dx: 30, dy: -40, connector: true },
  { key: "wide", text: "Only on wide artboards", x: 50, y: 50, minWidth: 540 },
];

/** The annotations drawn over a 0-100 square at a width, as an SVG element. */
const draw = (width: number, notes = NOTES) =>
  Plot.plot({
    width,
    height: 300,
    x: { domain: [0, 100] },
    y: { domain: [0, 100] },
    document: document as unknown as Document,
    marks: annotationMarks(notes, width),
  }) as unknown as Element;
const texts = (svg: Element) => [...svg.querySelectorAll("g.annotation text")].map((t) => t.textContent);

describe("annotationMarks", () => {
  it("leaves out what a narrower artboard cannot hold, never shrinking it", () => {
    expect(texts(draw(400))).toEqual(["Always drawn"]);
    expect(texts(draw(540))).toEqual(["Always drawn", "Only on wide artboards"]);
    expect(annotationMarks(NOTES, 400)).toHaveLength(2); // the first one's connector and text
    expect(annotationMarks(NOTES, 720)).toHaveLength(3);
  });

  it("draws a connector from the anchor towards the text, 4 px short of it, hidden from assistive technology", () => {
    const svg = draw(400);
    const g = svg.querySelector("g.annotation-connector")!;
    expect(g.getAttribute("aria-hidden")).toBe("true");
    const line = g.querySelector("line")!;
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => Number(line.getAttribute(a)));
    const { dx, dy } = NOTES[0]! as Required<Annotation>;
    expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeCloseTo(Math.hypot(dx, dy) - 4, 6);
    expect(Math.sign(x2! - x1!)).toBe(Math.sign(dx));
    expect(Math.sign(y2! - y1!)).toBe(Math.sign(dy));
    expect(
      draw(
        400,
        [NOTES[1]!].map((n) => ({ ...n, minWidth: 0 })),
      ).querySelector("g.annotation-connector"),
    ).toBeNull();
  });

  it("wraps a long note within the artboard rather than running past it", () => {
    // Asks for 60 ems a line: more than a phone's artboard holds, so it gets the artboard's width.
    const long = {
      key: "long",
      text: "A note long enough to need several lines on the narrowest artboard a phone shows, and fewer on a wide one",
      x: 0,
      y: 50,
      lineWidth: 60,
    };
    const lines = (width: number) => draw(width, [long]).querySelectorAll("g.annotation text tspan").length;
    expect(lines(260)).toBeGreaterThan(lines(720));
  });
});
