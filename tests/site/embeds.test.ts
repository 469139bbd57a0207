// The built embed pages on a host page of another origin: three script embeds and one pasted
// iframe must each fit their document at phone, tablet and desktop widths, follow it when it
// shrinks, and ignore height messages that do not come from them.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { ROOT } from "../support/paths.ts";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";

const SCRIPTED = ["origin-share", "annual-flow", "timeline"];
const PASTED = "source-states";
const HOST_DIR = join(ROOT, "tests", ".tmp", `embed-host-${process.pid}`);

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let host: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  site = await serveStatic(join(ROOT, "dist"));
  const c = site.url;
  mkdirSync(HOST_DIR, { recursive: true });
  writeFileSync(
    join(HOST_DIR, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">` +
      `<style>body{margin:0 auto;max-width:900px;padding:0 10px;font:18px/1.5 serif}</style></head><body><h1>Another newsroom</h1>` +
      SCRIPTED.map((id) => `<p>Text.</p><div data-arms-embed="${id}"></div>`).join("") +
      `<div data-arms-embed="source-states" data-lang="es"></div>` +
      `<script async src="${c}/embed.js"></script><p>Pasted:</p>` +
      `<iframe id="pasted" src="${c}/embed/${PASTED}/" title="Pasted chart" scrolling="no" style="width:100%;border:0;height:150px"></iframe>` +
      `<script async src="${c}/embed.js"></script></body></html>`,
  );
  // Another port on "localhost": a different origin from the chart site on 127.0.0.1.
  host = await serveStatic(HOST_DIR);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
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
    await page.goto(host.url.replace("127.0.0.1", "localhost") + "/");
    await expect.poll(() => page.locator("iframe").count(), POLL).toBe(SCRIPTED.length + 2);
    expect(await page.locator('[data-arms-embed][data-lang="es"] iframe').getAttribute("src")).toBe(`${site.url}/es/embed/source-states/`);
    for (const id of SCRIPTED) {
      const f = page.locator(`[data-arms-embed="${id}"] iframe`);
      expect(await f.getAttribute("title")).toBe(`Chart: ${id}`);
      expect(await f.getAttribute("loading")).toBe("lazy");
    }
    await page.close();
  });

  for (const width of [320, 768, 1280]) {
    it(`fits each iframe to its document within 2 px at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(host.url.replace("127.0.0.1", "localhost") + "/");
      await expect.poll(async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2) && (await fits(page)).length === 5, POLL).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("follows the content when it shrinks (narrow to wide), and ignores a foreign height message", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(host.url.replace("127.0.0.1", "localhost") + "/");
    await expect.poll(async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2), POLL).toBe(true);
    const narrow = await fits(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await fits(page)).every((f) => Math.abs(f.set - f.doc) <= 2), POLL).toBe(true);
    const wide = await fits(page);
    // Wider artboards need fewer lines: at least one chart got shorter, and its iframe with it.
    expect(wide.some((w, i) => w.set < narrow[i]!.set - 20)).toBe(true);
    // The host page itself (not one of the iframes) claims a huge height: nothing changes.
    await page.evaluate(() => {
      window.postMessage({ sentinel: "amp", type: "embed-size", height: 9999 }, "*");
      window.postMessage({ "datawrapper-height": { "origin-share": 9999 } }, "*");
    });
    await page.waitForTimeout(300);
    for (const f of await fits(page)) expect(f.set).toBeLessThan(9999);
    await page.close();
  });
});

describe("embed codes for editors", () => {
  it("the theme choice writes the same code the build writes for that theme", async () => {
    const { embedCodes } = await import("../../src/downloads/embed-code.ts");
    const { siteChart } = await import("../../src/render/site-charts.ts");
    const page = await browser.newPage();
    await page.goto(`${site.url}/charts/`);
    for (const theme of ["dark", "light", "auto"] as const) {
      await page.locator(`#origin-share input[value="${theme}"]`).check();
      const expected = embedCodes(siteChart("origin-share"), "http://localhost:4321", theme);
      expect(await page.locator('#origin-share textarea[data-embed-kind="script"]').inputValue()).toBe(expected.script);
      expect(await page.locator('#origin-share textarea[data-embed-kind="iframe"]').inputValue()).toBe(expected.iframe);
    }
    await page.close();
  });
});
