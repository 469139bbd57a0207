// Chart text at its designed size in any slot, as ai2html artboards and Datawrapper keep it: for
// every container width from 280 to 1,280 px, on the story and on embed pages, in both editions,
// chart text renders at 12 to 16.5 px, the chart fills at least 90 % of its slot (up to its widest
// designed width) and nothing overflows sideways.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "../support/built-site.ts";
import { ARTBOARDS, MAX_TEXT_PX } from "../../src/charts/kit/artboards.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { SITE } from "../support/site.ts";

const session = useBuiltSite();
const WIDEST = ARTBOARDS.at(-1)!;
/** Every 20 px, plus both sides of each artboard's threshold and of each one's largest stretch. */
const WIDTHS = [
  ...new Set([
    ...Array.from({ length: 51 }, (_, i) => 280 + 20 * i),
    ...ARTBOARDS.flatMap((w) => [w - 1, w, w + 1, w + 19, w + 21]),
    ...ARTBOARDS.map((w) => Math.round((w * MAX_TEXT_PX) / 12) + 21),
  ]),
]
  .filter((w) => w >= 280 && w <= 1280)
  .sort((a, b) => a - b);

interface Reading {
  id: string;
  slot: number;
  drawn: number;
  minText: number;
  maxText: number;
  overflow: number;
}

/** Each visible chart drawing: its slot, drawn width and rendered text sizes; and the page's sideways overflow. */
function read(page: Page): Promise<Reading[]> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>(".chart-artboards")].map((box) => {
      const svg = [...box.querySelectorAll<SVGSVGElement>(".artboard svg")].find((s) => s.getClientRects().length > 0)!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll("text")]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return {
        id: box.closest("figure")!.id,
        slot: box.clientWidth,
        drawn: svg.getBoundingClientRect().width,
        minText: Math.min(...sizes),
        maxText: Math.max(...sizes),
        overflow,
      };
    });
  });
}

function problems(readings: Reading[], width: number): string[] {
  return readings.flatMap((r) => {
    const out: string[] = [];
    const where = `${r.id} at ${width} px (slot ${r.slot} px)`;
    if (r.minText < 12 - 0.05) out.push(`${where}: text ${r.minText.toFixed(1)} px`);
    if (r.maxText > MAX_TEXT_PX + 0.05) out.push(`${where}: text ${r.maxText.toFixed(1)} px`);
    if (r.drawn < 0.9 * Math.min(r.slot, WIDEST)) out.push(`${where}: drawn ${r.drawn.toFixed(0)} px`);
    if (r.overflow > 0) out.push(`${where}: page overflows by ${r.overflow} px`);
    return out;
  });
}

describe("chart text at its designed size", () => {
  for (const edition of ["/", "/es/"]) {
    it(`${edition}: the story at ${WIDTHS.length} widths from 280 to 1,280 px`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${SITE}${edition}`);
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const readings = await read(page);
        expect(readings).toHaveLength(CHARTS.length);
        found.push(...problems(readings, width));
      }
      expect(found).toEqual([]);
      await page.close();
    });

    it(`${edition}: each embed page at the same widths`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const found: string[] = [];
      for (const { id } of CHARTS) {
        await page.goto(`${SITE}${edition}embed/${id}/`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          found.push(...problems(await read(page), width));
        }
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }
});
