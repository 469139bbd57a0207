import { describe, expect, it } from "vitest";
import {
  CHAR_PX,
  FONT_PX,
  LINE_EMS,
  LINE_PX,
  VALUE_CHAR_PX,
  estimatedWidth,
  lineCount,
  textWidth,
  wrap,
  wrapEstimated,
  wrapText,
} from "../../../../src/charts/kit/text-measure.ts";

describe("the one text-measure model", () => {
  it("measures by DejaVu Sans advances: bold wider than regular, a no-break space as wide as a space, an unknown character as wide as M", () => {
    expect(textWidth("Texas", FONT_PX, "bold")).toBeGreaterThan(textWidth("Texas"));
    expect(textWidth("a\u00a0b")).toBe(textWidth("a b"));
    expect(textWidth("中")).toBe(textWidth("M"));
    expect(textWidth("ab", 24)).toBeCloseTo(2 * textWidth("ab", 12), 9);
  });

  it("wraps at ordinary spaces only, every line within the width unless one word is wider", () => {
    const text = "Firearms traced to US sellers, 2022\u00a02023, by state of purchase and of recovery";
    for (const max of [60, 120, 240]) {
      const lines = wrapText(text, max);
      expect(lines.join(" ")).toBe(text);
      for (const l of lines) if (l.includes(" ")) expect(textWidth(l)).toBeLessThanOrEqual(max);
      expect(lines.some((l) => l.includes("2022\u00a02023"))).toBe(true);
    }
    expect(wrap("a b c", 1, (t) => t.length)).toEqual(["a", "b", "c"]);
  });

  it("counts the lines an embed page's text takes as the wrap does", () => {
    const text = "How many US guns cross into Mexico each year, by every estimate on the record";
    for (const max of [100, 200, 400]) expect(lineCount(text, max, FONT_PX)).toBe(wrapText(text, max).length);
  });

  it("keeps the character estimate within a tenth of the bold advances for map names, and generous for capitals", () => {
    for (const name of ["Texas 7,825", "Tamaulipas", "Nuevo León", "Ciudad de México", "California 1,575"])
      expect(estimatedWidth(name, "bold")).toBeGreaterThanOrEqual(textWidth(name, FONT_PX, "bold") * 0.9);
    for (const name of ["MEXICO", "UNITED STATES"])
      expect(estimatedWidth(name, "caps")).toBeGreaterThanOrEqual(textWidth(name));
    expect(wrapEstimated("a b", 2 * CHAR_PX.normal)).toEqual(["a", "b"]);
  });

  it("leaves a bar's bold value label its room", () => {
    for (const v of ["7,825", "200,000", "70%", "68.3%", "1,191"])
      expect(10 + VALUE_CHAR_PX * v.length).toBeGreaterThanOrEqual(5 + textWidth(v, FONT_PX, "bold"));
  });

  it("spaces lines LINE_PX apart, as Plot's lineHeight in ems", () => {
    expect(LINE_EMS * FONT_PX).toBe(LINE_PX);
  });
});
