import { describe, expect, it } from "vitest";
import { contrast } from "../../../support/contrast.ts";
import { PAGE_COLORS, PALETTE, type Theme } from "../../../../src/charts/kit/palette.ts";

/** Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0), in linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function simulate(hex: string, m: number[][]): number[] {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
}
/** CIE L*a*b* from linear sRGB (D65), and the CIE76 distance. */
function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Colours that appear together in one chart and must be told apart. */
const TOGETHER: Array<[keyof (typeof PALETTE)["light"], keyof (typeof PALETTE)["light"]]> = [
  ["claim", "record"],
  ["record", "highlight"],
  ["record", "other"],
  ["highlight", "other"],
  ["security", "lawsuit"],
  ["claim", "security"],
  ["claim", "lawsuit"],
];

describe("chart colours", () => {
  for (const theme of Object.keys(PALETTE) as Theme[]) {
    const p = PALETTE[theme];
    it(`${theme}: every mark colour is at least 3:1 against the background (WCAG 1.4.11)`, () => {
      for (const [name, hex] of Object.entries(p)) {
        if (name === "background" || name === "grid") continue;
        expect(contrast(hex, p.background), name).toBeGreaterThanOrEqual(3);
      }
    });
    it(`${theme}: text colours are at least 4.5:1 (WCAG 1.4.3)`, () => {
      expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: page text, muted text and links are at least 4.5:1 on the page and on panels`, () => {
      const c = PAGE_COLORS[theme];
      for (const bg of [c.bg, c.panel])
        for (const fg of [c.fg, c.muted, c.link, c.accent])
          expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    });
    for (const [kind, matrix] of Object.entries(CVD)) {
      it(`${theme}: colours used together stay distinguishable with ${kind}`, () => {
        for (const [a, b] of TOGETHER) {
          const d = deltaE(lab(simulate(p[a], matrix)), lab(simulate(p[b], matrix)));
          expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
        }
      });
    }
  }
});
