import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../support/built-site.ts";
import { chartLayoutProblems } from "../support/layout.ts";
import { watchPage } from "../support/page-watch.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { ARTBOARDS } from "../../src/charts/kit/artboards.ts";

const session = useBuiltSite();

describe("the story page's charts as readers see them", () => {
  for (const [edition, width, js] of [
    // One width per artboard: 280 px shows the 260 one, 320 the 300, 440 the 400, 768 the 540, 1280 the 720.
    ...[280, 320, 440, 768, 1280].flatMap(
      (w) =>
        [
          ["/", w, true],
          ["/", w, false],
        ] as const,
    ),
    // Spanish labels are longer: the same checks at the phone and desktop widths.
    ["/es/", 280, true],
    ["/es/", 320, true],
    ["/es/", 440, false],
    ["/es/", 1280, true],
  ] as const) {
    {
      it(`${edition} at ${width} px with JavaScript ${js ? "on" : "off"}: every chart legible, no label overlapping or cut off`, async () => {
        const context = await session.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
        const page = await context.newPage();
        const watch = watchPage(page, { allow: [session.site.url] });
        await page.goto(`${session.site.url}${edition}`);
        expect(await page.locator("figure.chart").count()).toBe(CHARTS.length);
        expect(await chartLayoutProblems(page)).toEqual([]);
        // Charts never stretch past a readable width, and never past the phone's screen.
        for (const box of await page
          .locator("figure.chart .chart-artboards")
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) {
          expect(box).toBeLessThanOrEqual(Math.min(ARTBOARDS.at(-1)!, width));
        }
        // Every chart's title, annotations and data table are in the page without JavaScript.
        for (const spec of CHARTS) {
          const fig = page.locator(`#chart-${spec.id}`);
          await expect(fig.locator(".chart-title").textContent()).resolves.toBeTruthy();
          expect(await fig.locator("table tbody tr").count()).toBe(
            spec.rows((await import("../../src/data/story.ts")).getStory()).length,
          );
        }
        watch.expectClean(`${edition} at ${width} px`);
        await context.close();
      });
    }
  }

  it("shows a mark's name in a tooltip when it is focused from the keyboard", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.site.url}/`);
    const mark = page.locator("#chart-origin-share .artboard [tabindex='0']:visible").first();
    await mark.focus();
    const tip = page.locator(".chart-tooltip");
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toBe(await mark.getAttribute("aria-label"));
    await page.keyboard.press("Escape");
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.close();
  });
});
