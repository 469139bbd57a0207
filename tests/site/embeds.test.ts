// The built embed pages on a host page of another origin: three script embeds and one pasted
// iframe must each fit their document at phone, tablet and desktop widths, follow it when it
// shrinks, and ignore height messages that do not come from them.
import { join } from "node:path";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { watchPage } from "../support/page-watch.ts";
import { startDeployServer, type DeployServer } from "../support/nginx.ts";
import { decodeEntities, readDist } from "../support/dist.ts";
import { ROOT } from "../support/paths.ts";
import { SITE } from "../support/site.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { OEMBED_DEFAULT_WIDTH, OEMBED_WIDTHS } from "../../src/publish/oembed.ts";

const SCRIPTED = ["origin-share", "annual-flow", "timeline"];
const PASTED = "source-states";
const HOST_DIR = join(ROOT, "tests", ".tmp", `embed-host-${process.pid}`);

/** The codes an editor copies from the gallery, exactly as the built page offers them. */
function galleryCode(id: string, kind: "script" | "iframe", lang = "en"): string {
  const { document } = parseHTML(readDist(lang === "en" ? "charts/index.html" : `${lang}/charts/index.html`));
  const field = document.querySelector(`#${id} textarea[data-embed-kind="${kind}"]`);
  if (!field) throw new Error(`no ${kind} code for ${id} in the ${lang} gallery`);
  return decodeEntities(field.textContent!);
}
/** What a CMS that strips scripts keeps of a code. */
const stripScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

let browser: Browser;
let site: DeployServer;
let host: Awaited<ReturnType<typeof serveStatic>>;
const HOST_HEAD =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">` +
  `<style>body{margin:0 auto;max-width:900px;padding:0 10px;font:18px/1.5 serif}</style></head><body><h1>Another newsroom</h1>`;

beforeAll(async () => {
  site = await startDeployServer();
  mkdirSync(HOST_DIR, { recursive: true });
  // The gallery's script codes (one Spanish), and a pasted iframe code with its loader.
  writeFileSync(
    join(HOST_DIR, "index.html"),
    HOST_HEAD +
      SCRIPTED.map((id) => `<p>Text.</p>${galleryCode(id, "script")}`).join("") +
      galleryCode(PASTED, "script", "es") +
      `<p>Pasted:</p>${galleryCode(PASTED, "iframe").replace("<iframe ", '<iframe id="pasted" ')}</body></html>`,
  );
  // Every chart's iframe code, in each edition, after a CMS stripped its script: nothing else runs.
  // And every script code with its script stripped: what is left must still show the chart.
  for (const lang of ["en", "es"]) {
    writeFileSync(
      join(HOST_DIR, `no-script-${lang}.html`),
      HOST_HEAD +
        CHARTS.map((c) => `<p>Text.</p>${stripScripts(galleryCode(c.id, "iframe", lang))}`).join("") +
        "</body></html>",
    );
    writeFileSync(
      join(HOST_DIR, `script-stripped-${lang}.html`),
      HOST_HEAD +
        CHARTS.map((c) => `<p>Text.</p>${stripScripts(galleryCode(c.id, "script", lang))}`).join("") +
        "</body></html>",
    );
  }
  // Another origin: the host page is on 127.0.0.1, the charts on the site's own https address.
  host = await serveStatic(HOST_DIR);
  browser = await launchBrowser({ sitePort: site.tlsPort });
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await host?.close();
  rmSync(HOST_DIR, { recursive: true, force: true });
});

/** Each iframe's set height and its document's height, after scrolling it into view (Chromium pauses offscreen frames). */
async function fits(page: Page): Promise<Array<{ src: string; set: number; doc: number }>> {
  const out = [];
  for (const handle of await page.locator("iframe").elementHandles()) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error("iframe without a frame");
    await frame.waitForLoadState("load");
    const doc = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const set = await handle.evaluate((f) => parseFloat((f as HTMLIFrameElement).style.height));
    out.push({ src: await handle.evaluate((f) => (f as HTMLIFrameElement).src), set, doc });
  }
  return out;
}

const POLL = { timeout: 20_000, interval: 200 };

describe("embeds on a host page of another origin", () => {
  it("turns three script embeds into titled lazy iframes, beside the pasted one", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/`);
    await expect.poll(() => page.locator("iframe").count(), POLL).toBe(SCRIPTED.length + 2);
    expect(await page.locator('[data-arms-embed][data-lang="es"] iframe').getAttribute("src")).toBe(
      `${SITE}/es/embed/source-states/`,
    );
    for (const id of SCRIPTED) {
      const f = page.locator(`[data-arms-embed="${id}"] iframe`);
      expect(await f.getAttribute("title")).toBe(
        await page.locator(`[data-arms-embed="${id}"]`).getAttribute("data-title"),
      );
      expect(await f.getAttribute("loading")).toBe("lazy");
    }
    await page.close();
  });

  for (const width of [320, 768, 1280]) {
    it(`fits each iframe to its document within 2 px at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const watch = watchPage(page, { allow: [host.url, SITE] });
      await page.goto(`${host.url}/`);
      await expect
        .poll(
          async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2) && (await fits(page)).length === 5,
          POLL,
        )
        .toBe(true);
      watch.expectClean(`the host page at ${width} px`);
      await page.close();
    });
  }

  it("follows the content when it shrinks (narrow to wide), and ignores a foreign height message", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${host.url}/`);
    await expect.poll(async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2), POLL).toBe(true);
    const narrow = await fits(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2), POLL).toBe(true);
    const wide = await fits(page);
    // Wider artboards need fewer lines: at least one chart got shorter, and its iframe with it.
    expect(wide.some((w, i) => w.set < narrow[i]!.set - 20)).toBe(true);
    // The host page itself (not one of the iframes) claims a huge height: nothing changes. A
    // listener added now runs after the loader's for the same message, so once it has seen both,
    // the loader has handled (and ignored) both.
    await page.evaluate(
      () =>
        new Promise<void>((handled) => {
          let seen = 0;
          addEventListener("message", (e) => {
            if (e.source === window && ++seen === 2) handled();
          });
          window.postMessage({ sentinel: "amp", type: "embed-size", height: 9999 }, "*");
          window.postMessage({ "datawrapper-height": { "origin-share": 9999 } }, "*");
        }),
    );
    for (const f of await fits(page)) expect(f.set).toBeLessThan(9999);
    await page.close();
  });
});

describe("iframe codes on a host page that strips scripts", () => {
  for (const lang of ["en", "es"]) {
    for (const width of [280, 320, 768, 1280]) {
      it(`${lang}, ${width} px: every chart shows whole in its fixed-height iframe (blank below is fine, cut off is not)`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${host.url}/no-script-${lang}.html`);
        const frames = await fits(page);
        expect(frames.length).toBe(CHARTS.length);
        for (const f of frames) expect(f.doc, `${f.src} at ${width} px`).toBeLessThanOrEqual(f.set);
        await page.close();
      });
    }
  }
});

describe("codes whose script a CMS stripped", () => {
  it('an iframe code\'s frame scrolls when a reader opens "Show the data" (never content out of reach)', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${host.url}/no-script-en.html`);
    const handle = await page.locator(`iframe[src*="/embed/timeline/"]`).elementHandle();
    await handle!.scrollIntoViewIfNeeded();
    expect(await handle!.getAttribute("scrolling")).toBeNull();
    const frame = (await handle!.contentFrame())!;
    await frame.waitForLoadState("load");
    await frame.locator("details.chart-data summary").click();
    const { doc, view } = await frame.evaluate(() => ({
      doc: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    const set = await handle!.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
    expect(doc).toBeGreaterThan(set); // the table made the page taller than the frame ...
    expect(view).toBeLessThanOrEqual(Math.ceil(set)); // ... and the frame's own scrollbar reaches it
    await page.close();
  });

  for (const lang of ["en", "es"]) {
    for (const width of [320, 1280]) {
      it(`${lang}, ${width} px: a script code left without its script shows each chart's picture, at its own size, linking to the story`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${host.url}/script-stripped-${lang}.html`);
        const shown = await page.evaluate(() =>
          [...document.querySelectorAll("[data-arms-embed]")].map((d) => {
            const img = d.querySelector("img");
            const box = img?.getBoundingClientRect();
            return {
              link: d.querySelector("a")?.getAttribute("href") ?? "",
              width: box?.width ?? 0,
              height: box?.height ?? 0,
              loaded: img ? img.complete && img.naturalWidth > 0 : false,
              declared: Number(img?.getAttribute("width")),
            };
          }),
        );
        expect(shown).toHaveLength(CHARTS.length);
        for (const s of shown) {
          expect(s.loaded, s.link).toBe(true);
          expect(s.link).toMatch(new RegExp(`^${SITE}${lang === "en" ? "" : `/${lang}`}/#chart-`));
          // Drawn at its own size (12 px text), or narrower only where the column is narrower.
          expect(Math.round(s.width)).toBe(Math.min(s.declared, width - 20));
          expect(s.height).toBeGreaterThan(100);
        }
        await page.close();
      });
    }
  }
});

describe("oEmbed", () => {
  it("each response's height is the chart's content height at the response's width (never less; at most three lines more)", async () => {
    const page = await browser.newPage();
    for (const lang of ["en", "es"]) {
      for (const { id } of CHARTS) {
        for (const width of OEMBED_WIDTHS) {
          const prefix = lang === "en" ? "" : `${lang}/`;
          const o = JSON.parse(readDist(`${prefix}oembed/${id}/${width}.json`));
          expect(o.width).toBe(width);
          if (width === OEMBED_DEFAULT_WIDTH) expect(JSON.parse(readDist(`${prefix}oembed/${id}.json`))).toEqual(o);
          await page.setViewportSize({ width: o.width, height: 800 });
          await page.goto(`${SITE}/${prefix}embed/${id}/`);
          const measured = await page.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          expect(o.height, `${lang} ${id} at ${width}`).toBeGreaterThanOrEqual(measured);
          expect(o.height - measured, `${lang} ${id} at ${width}`).toBeLessThanOrEqual(72);
          expect(o.html).toContain(`height="${o.height}"`);
        }
      }
    }
    await page.close();
  });
});

describe("embed codes for editors", () => {
  it("the theme choice writes the same code the build writes for that theme", async () => {
    const { embedCodes } = await import("../../src/publish/embed-code.ts");
    const { siteChart, siteCharts } = await import("../../src/publish/rendered.ts");
    const page = await browser.newPage();
    await page.goto(`${SITE}/charts/`);
    for (const theme of ["dark", "light", "auto"] as const) {
      await page.locator(`#origin-share input[value="${theme}"]`).check();
      const expected = embedCodes(siteChart("origin-share"), siteCharts("en").text, SITE, theme);
      expect(await page.locator('#origin-share textarea[data-embed-kind="script"]').inputValue()).toBe(expected.script);
      expect(await page.locator('#origin-share textarea[data-embed-kind="iframe"]').inputValue()).toBe(expected.iframe);
    }
    await page.close();
  });
});
