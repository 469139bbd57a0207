// The story page as a newsroom piece (issue 14), checked in Chromium on the deploy build: a lead
// that tells the story on a phone's first screens, verdicts told apart by more than colour, the
// check's byline and date, share cards, one tab stop per chart with arrow keys inside it, a nav
// in one row, and a printed story of at most 12 Letter pages.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "../support/built-site.ts";
import { SITE } from "../support/site.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { VERDICTS } from "../../src/data/claims.ts";
import { getStory } from "../../src/data/story.ts";
import { formatDate } from "../../src/data/format.ts";
import { loadText } from "../../src/i18n/text.ts";
import { leadSummary } from "../../src/i18n/lead-summary.ts";
import { paths } from "../../src/publish/urls.ts";

const session = useBuiltSite();
const story = getStory();
const EDITIONS = [
  { lang: "en", path: "/" },
  { lang: "es", path: "/es/" },
] as const;

async function open(path: string, options: { width?: number; height?: number; dark?: boolean } = {}) {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  await page.goto(session.site.url + path, { waitUntil: "load" });
  return { page, close: () => context.close() };
}

/** Where an element starts, in px from the top of the page. */
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

describe("the lead, on a 320 x 640 phone", () => {
  for (const { lang, path } of EDITIONS) {
    it(`${path}: headline, summary line and the claims in brief on the first screen; the lead chart within two`, async () => {
      const { page, close } = await open(path, { width: 320, height: 640 });
      const text = loadText(lang);
      expect(await page.locator(".lead-summary").textContent()).toBe(leadSummary(story.claims, text));
      const summaryBottom = await page
        .locator(".lead-summary")
        .evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
      expect(summaryBottom).toBeLessThanOrEqual(640);
      expect(await top(page, ".verdict-summary")).toBeLessThan(640);
      // The summary links to every claim's record note.
      const hrefs = await page.locator(".verdict-summary a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(story.claims.map((c) => `#record-${c.id}`));
      // The first chart is the lead chart, and its drawing starts within the first two screens.
      expect(await page.locator("figure.chart").first().getAttribute("id")).toBe(`chart-${story.check.leadChart}`);
      expect(await top(page, "figure.chart .artboard:visible svg")).toBeLessThan(2 * 640);
      // The caption of the photo that is not reproduced says so, away from the first screens.
      const caption = page.locator(".photo-caption");
      expect(await caption.textContent()).toContain(text.ui["photoCaption"]);
      expect(await top(page, ".photo-caption")).toBeGreaterThan(2 * 640);
      await close();
    });
  }
});

describe("who checked, and when", () => {
  for (const { lang, path } of EDITIONS) {
    it(`${path}: a byline for the check and its date, from data`, async () => {
      const { page, close } = await open(path);
      const text = loadText(lang);
      const byline = (await page.locator(".story-lead .byline").textContent())!.replace(/\s+/g, " ");
      expect(byline).toContain(text.ui["checkDesk"]!);
      const asOf = page.locator(".checked-as-of");
      expect(await asOf.getAttribute("datetime")).toBe(story.check.checkedAsOf);
      expect(await asOf.textContent()).toBe(formatDate(story.check.checkedAsOf, text.locale));
      await close();
    });
  }
});

describe("verdicts you can see", () => {
  for (const dark of [false, true]) {
    it(`${dark ? "dark" : "light"}: each verdict has its own colour, icon and words, the same in the summary, the record notes and /sources/`, async () => {
      const looks = async (page: Page, scope: string) =>
        page.locator(`${scope} .verdict`).evaluateAll((els) =>
          els.map((e) => ({
            verdict: [...e.classList].find((c) => c.startsWith("verdict-"))!,
            color: getComputedStyle(e).color,
            icon: e.querySelector("svg path")?.getAttribute("d") ?? null,
            words: e.textContent!.trim(),
          })),
        );
      const { page, close } = await open("/", { dark });
      const summary = await looks(page, ".verdict-summary");
      const notes = await looks(page, ".record");
      await page.goto(`${session.site.url}/sources/`);
      const sources = await looks(page, ".claims-checked");
      await close();
      expect(summary.map((s) => s.verdict)).toEqual(story.claims.map((c) => `verdict-${c.verdict}`));
      const byVerdict = new Map<string, string>();
      for (const look of [...summary, ...notes, ...sources]) {
        const key = JSON.stringify({ color: look.color, icon: look.icon, words: look.words });
        expect(look.icon, look.verdict).toBeTruthy();
        expect(byVerdict.get(look.verdict) ?? key, `${look.verdict} looks the same everywhere`).toBe(key);
        byVerdict.set(look.verdict, key);
      }
      const used = [...byVerdict.values()].map((k) => JSON.parse(k) as { color: string; icon: string; words: string });
      for (const field of ["color", "icon", "words"] as const)
        expect(new Set(used.map((u) => u[field])).size, field).toBe(byVerdict.size);
      expect(byVerdict.size).toBe(new Set(story.claims.map((c) => c.verdict)).size);
      expect(VERDICTS.length).toBe(4);
    });
  }
});

/** PNG width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("share cards", () => {
  for (const { lang } of EDITIONS) {
    for (const page of ["/", "/sources/", "/charts/"]) {
      const path = lang === "en" ? page : `/es${page}`;
      it(`${path}: og and twitter tags with absolute https URLs; the card is a 1200 x 630 PNG`, async () => {
        const { page: p, close } = await open(path);
        const meta = (key: string) =>
          p.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
        const canonical = await p.locator('link[rel="canonical"]').getAttribute("href");
        expect(await meta("og:title")).toBe(await p.title());
        expect((await meta("og:description"))!.length).toBeGreaterThan(40);
        expect(await meta("og:url")).toBe(canonical);
        expect(canonical).toBe(`${SITE}${path}`);
        const image = await meta("og:image");
        expect(image).toBe(`${SITE}${paths.shareCard(lang)}`);
        expect(await meta("twitter:image")).toBe(image);
        expect(await meta("twitter:card")).toBe("summary_large_image");
        expect(await meta("og:type")).toBe(page === "/" ? "article" : "website");
        expect(await meta("og:locale")).toBe(lang === "en" ? "en_US" : "es_MX");
        expect(await meta("og:locale:alternate")).toBe(lang === "en" ? "es_MX" : "en_US");
        expect((await meta("og:image:alt"))!.length).toBeGreaterThan(20);
        for (const url of [image!, canonical!]) expect(url).toMatch(/^https:\/\//);
        // Fetched by the page (Chromium maps the site's host to the test server), as a crawler would.
        const got = await p.evaluate(async (url) => {
          const r = await fetch(url);
          return {
            status: r.status,
            type: r.headers.get("content-type"),
            bytes: [...new Uint8Array(await r.arrayBuffer()).slice(0, 32)],
          };
        }, image!);
        expect(got.status).toBe(200);
        expect(got.type).toBe("image/png");
        expect(pngSize(Buffer.from(got.bytes))).toEqual({ width: 1200, height: 630 });
        expect(await meta("og:image:width")).toBe("1200");
        expect(await meta("og:image:height")).toBe("630");
        await close();
      });
    }
  }
});

/**
 * Presses Tab until focus comes back round, and says where each stop was: in a chart's marks,
 * in an iframe, or elsewhere.
 */
async function tabStops(page: Page) {
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset["stop"] ??= String(document.querySelectorAll("[data-stop]").length);
      return {
        id: el.dataset["stop"],
        mark: el.closest(".chart-svg") !== null,
        iframe: el.tagName === "IFRAME",
        chart: el.closest("figure.chart")?.id ?? null,
      };
    });
  const stops: Array<NonNullable<Awaited<ReturnType<typeof where>>>> = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const at = await where();
    if (!at || stops.some((s) => s.id === at.id)) break;
    stops.push(at);
  }
  return stops;
}

describe("keyboard", () => {
  it("/: one tab stop per chart, and a link past each chart's controls", async () => {
    const { page, close } = await open("/");
    const stops = await tabStops(page);
    const marks = stops.filter((s) => s.mark);
    expect(marks.map((s) => s.chart).sort()).toEqual(CHARTS.map((c) => `chart-${c.id}`).sort());
    // 127 stops before issue 14, 55 of them chart marks.
    expect(stops.length).toBeLessThanOrEqual(95);
    expect(await page.locator("figure.chart .skip-chart").count()).toBe(CHARTS.length);
    await close();
  });

  it("/charts/: previews are not tab traps, and each copy button says what it copies, for which chart", async () => {
    const { page, close } = await open("/charts/");
    await page.waitForLoadState("networkidle");
    const stops = await tabStops(page);
    expect(stops.filter((s) => s.iframe)).toEqual([]);
    // 251 stops before issue 14, 178 of them inside the previews.
    expect(stops.length).toBeLessThanOrEqual(90);
    const labels = await page.locator("button.copy").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
    const text = loadText("en");
    const titles = (await page.locator(".gallery-item h2").allTextContents()).map((t) => t.trim());
    expect(labels).toEqual(
      titles.flatMap((t) => ["copyUrl", "copyScript", "copyIframe"].map((k) => text.ui[k]!.replace("{title}", t))),
    );
    expect(new Set(labels).size).toBe(labels.length);
    await close();
  });

  it("inside a chart, arrow keys, Home and End move focus between marks and the tooltip follows; Escape leaves", async () => {
    const { page, close } = await open("/");
    const chart = page.locator("#chart-us-gun-sellers");
    const marks = chart.locator(".artboard:visible [aria-label][tabindex]");
    const count = await marks.count();
    expect(count).toBeGreaterThan(3);
    expect(await chart.locator(".artboard:visible [tabindex='0']").count()).toBe(1);
    await marks.first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
    const tip = page.locator(".chart-tooltip");
    for (const [key, index] of [
      ["ArrowRight", 1],
      ["ArrowDown", 2],
      ["ArrowLeft", 1],
      ["End", count - 1],
      ["ArrowRight", count - 1],
      ["Home", 0],
      ["ArrowUp", 0],
    ] as const) {
      await page.keyboard.press(key);
      const name = await marks.nth(index).getAttribute("aria-label");
      expect(await focused(), `${key} -> mark ${index}`).toBe(name);
      expect(await tip.textContent()).toBe(name);
      expect(await tip.isVisible()).toBe(true);
    }
    // The tab stop follows the focus: only the focused mark has tabindex 0.
    await page.keyboard.press("ArrowDown");
    expect(await chart.locator(".artboard:visible [tabindex='0']").getAttribute("aria-label")).toBe(
      await marks.nth(1).getAttribute("aria-label"),
    );
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("skip-chart");
    // The skip link goes past the chart's table, downloads and embed code.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#chart-us-gun-sellers") === null)).toBe(true);
    await close();
  });

  it("every mark shows a focus ring, zero-width bars included", async () => {
    const { page, close } = await open("/");
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const mark of document.querySelectorAll<SVGElement>(".artboard [aria-label][tabindex]")) {
        if (!mark.checkVisibility()) continue;
        mark.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(mark);
        if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2)
          out.push(`${mark.getAttribute("aria-label")}: ${style.outlineStyle} ${style.outlineWidth}`);
      }
      return out;
    });
    expect(problems).toEqual([]);
    await close();
  });
});

describe("nav", () => {
  for (const path of ["/", "/es/", "/es/charts/"]) {
    for (const width of [280, 320]) {
      it(`${path} at ${width} px: the nav is one row${width === 280 ? " (or wraps, never overflows)" : ""}`, async () => {
        const { page, close } = await open(path, { width });
        const tops = await page
          .locator(".site-header nav a")
          .evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
        expect(tops.length).toBe(4);
        if (width >= 320) expect(new Set(tops).size).toBe(1);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await close();
      });
    }
  }
});

describe("print", () => {
  it("/ prints on at most 12 Letter pages, with no data table or embed code, each chart on one page, source addresses once", async () => {
    const { page, close } = await open("/");
    const pdf = await page.pdf({ format: "Letter" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // 20 pages before issue 14.
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(12);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 703, height: 943 }); // Letter less 15 mm margins, in CSS px
    expect(await page.locator(".chart-data:visible, .embed-code:visible").count()).toBe(0);
    for (const fig of await page.locator("figure.chart").all()) {
      expect(await fig.evaluate((e) => getComputedStyle(e).breakInside)).toBe("avoid");
      expect((await fig.boundingBox())!.height, (await fig.getAttribute("id"))!).toBeLessThan(943);
    }
    // Addresses: printed once, in the list at the end; links in the text show the source's id.
    const printed = await page.locator(".print-sources li").allTextContents();
    expect(printed.length).toBeGreaterThan(10);
    const urls = printed.map((t) => /https?:\/\/\S+/.exec(t)?.[0]).filter(Boolean);
    expect(new Set(urls).size).toBe(urls.length);
    const after = await page
      .locator(".source-line a[data-ref]")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toMatch(/^" \[S\d+\]"$/);
    await close();
  });
});
