// Quality gates on every page of the built site, in Chromium: no console error, no failed
// request, nothing fetched from another host, no CSP violation, zero axe violations (WCAG 2.2
// A and AA), the keyboard reaches every control in order with a visible focus, and pages work
// with JavaScript off.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "../support/built-site.ts";
import { distFiles } from "../support/dist.ts";
import { watchPage } from "../support/page-watch.ts";
import { CHARTS } from "../../src/charts/registry.ts";

const htmlPages = distFiles()
  .filter((f) => f.endsWith("index.html"))
  .map((f) => `/${f.replace(/index\.html$/, "")}`)
  .sort();
const embedPages = CHARTS.map((c) => `/embed/${c.id}/`);
/** Every page, and every embed in both forced themes. */
const PAGES = [...htmlPages, ...embedPages.flatMap((p) => [`${p}?theme=light`, `${p}?theme=dark`])];

const session = useBuiltSite();

async function open(path: string, options: { width?: number; js?: boolean; dark?: boolean } = {}) {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.js ?? true,
    colorScheme: options.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  const watch = watchPage(page, { allow: [session.site.url] });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(session.site.url + path, { waitUntil: "load" });
  return { page, watch, close: () => context.close() };
}

describe("every page", () => {
  it("covers the story, the gallery, the sources and each embed", () => {
    expect(htmlPages).toEqual(expect.arrayContaining(["/", "/charts/", "/sources/", ...embedPages]));
  });

  for (const path of PAGES) {
    it(`${path}: no console error, failed request, outside request or CSP violation; axe finds nothing`, async () => {
      const { page, watch, close } = await open(path, { dark: path.includes("dark") });
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(await page.locator("script:not([src])").count()).toBe(0);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")}`,
      );
      expect(violations).toEqual([]);
      watch.expectClean(path);
      await close();
    });
  }

  it("axe also passes on the story in dark mode on a phone", async () => {
    const { page, watch, close } = await open("/", { width: 320, dark: true });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    watch.expectClean("/ at 320 px, dark");
    await close();
  });
});

describe("with JavaScript off", () => {
  for (const path of ["/", "/es/", ...embedPages, "/es/embed/origin-share/"]) {
    it(`${path}: every chart's SVG, title, annotations and data table are there`, async () => {
      const { page, watch, close } = await open(path, { js: false });
      const figures = page.locator("figure.chart");
      const expected = path === "/" || path === "/es/" ? CHARTS.length : 1;
      expect(await figures.count()).toBe(expected);
      for (let i = 0; i < expected; i++) {
        const fig = figures.nth(i);
        expect(await fig.locator(".chart-title").textContent()).toBeTruthy();
        expect(await fig.locator(".artboard svg").count()).toBeGreaterThan(0);
        expect(await fig.locator(".artboard:visible svg").count()).toBe(1);
        expect(await fig.locator("table tbody tr").count()).toBeGreaterThan(0);
      }
      // Annotations: every chart whose spec has annotations shows them in the visible artboard (the
      // timeline's one annotation is the article's date, drawn as its anchor: .article-label).
      expect(
        await page.locator(".artboard:visible .annotation, .artboard:visible .article-label").count(),
      ).toBeGreaterThan(0);
      watch.expectClean(`${path} without JavaScript`);
      await close();
    });
  }
});

/** Tabs through the page and compares the focus order with the document's focusable elements. */
async function keyboardWalk(page: Page) {
  const expected: string[] = await page.evaluate(() => {
    const selector =
      "a[href], button:not([disabled]), textarea, input:not([disabled]), select, summary, [tabindex]:not([tabindex='-1']), iframe";
    const seenRadio = new Set<string>();
    return (
      [...document.querySelectorAll<HTMLElement>(selector)]
        // Inert content (the gallery's previews) is never focused, by design.
        .filter(
          (el) =>
            el.checkVisibility({ visibilityProperty: true }) &&
            !el.closest("[hidden], [inert]") &&
            !(el.closest("details:not([open])") && el.tagName !== "SUMMARY"),
        )
        .filter((el) => {
          if (el instanceof HTMLInputElement && el.type === "radio") {
            if (!el.checked || seenRadio.has(el.name)) return false;
            seenRadio.add(el.name);
          }
          return true;
        })
        .map((el, i) => (el.dataset["kbd"] = String(i)))
    );
  });
  const reached: string[] = [];
  const unfocused: string[] = [];
  const current = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // An iframe shows focus inside its own document (tested on the embed pages themselves).
      const visible =
        el.tagName === "IFRAME" ||
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== "none" ||
        (el instanceof SVGElement && style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2);
      return { id: el.dataset["kbd"] ?? `?${el.tagName}`, visible, tag: el.tagName };
    });
  const press = async () => {
    await page.keyboard.press("Tab");
    return current();
  };
  let landed = await press();
  while (landed && reached.length < expected.length) {
    reached.push(landed.id);
    if (!landed.visible) unfocused.push(`${landed.tag}#${landed.id}`);
    if (landed.tag === "IFRAME") {
      // Tab walks through the embedded page first (its own test covers it); step out of it.
      const id = landed.id;
      for (let n = 0; n < 300 && (await current())?.id === id; n++) await page.keyboard.press("Tab");
      landed = await current();
    } else landed = await press();
  }
  return { expected, reached, unfocused };
}

describe("keyboard", () => {
  for (const path of ["/", "/sources/", "/charts/", ...embedPages, "/es/", "/es/sources/", "/es/embed/annual-flow/"]) {
    it(`${path}: Tab reaches every interactive element, in document order, with a visible focus`, async () => {
      const { page, watch, close } = await open(path, { width: 1280 });
      const { expected, reached, unfocused } = await keyboardWalk(page);
      expect(expected.length).toBeGreaterThan(path === "/" || path === "/es/" ? 20 : 3);
      expect(reached).toEqual(expected);
      expect(unfocused).toEqual([]);
      watch.expectClean(path);
      await close();
    });
  }
});
