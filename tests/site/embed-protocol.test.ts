// The embed protocol in a real browser, on fixture pages (not the built site): a host page on
// one origin embeds charts served from another, through /embed.js (script embed) and a pasted
// iframe; each iframe must fit its document at every width, grow and shrink with it, and
// ignore height messages from anything but its own child.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, ElementHandle, Frame, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { watchPage, type PageWatch } from "../support/page-watch.ts";
import { ROOT } from "../support/paths.ts";
import { buildEmbedLoader } from "../../scripts/embed-loader.ts";

type Served = Awaited<ReturnType<typeof serveStatic>>;
type Message = { origin: string; data: unknown };

const TMP = join(ROOT, "tests", ".tmp", `embed-protocol-${process.pid}`);
const POLL = { timeout: 15_000, interval: 100 };

let browser: Browser;
let child: Served; // the chart site: /embed/<id>/, /embed.js, /embed-child.js
let host: Served; // another newsroom's article
let foreign: Served; // a third origin: some other widget on the host page

// Records every message the host window receives, before /embed.js runs: once a message is in
// `received`, every listener of that dispatch (the loader's included) has run. Also counts the
// iframes ever put into an embed div, so a second run that re-did a div would show.
const RECORDER = `<script>
  window.received = [];
  addEventListener("message", (e) => received.push({ origin: e.origin, data: e.data }));
  window.inserted = 0;
  new MutationObserver((records) => {
    for (const r of records)
      if (r.target.matches && r.target.matches("[data-arms-embed]"))
        for (const n of r.addedNodes) if (n.nodeName === "IFRAME") inserted++;
  }).observe(document, { childList: true, subtree: true });
</script>`;

const head = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title><link rel="icon" href="data:,"><style>body{margin:0 auto;max-width:900px;padding:0 10px;font:18px/1.5 serif}</style>${RECORDER}</head>`;

function hostPage(c: string, f: string): string {
  return `${head("Host article")}<body>
<h1>Another newsroom's article</h1>
<p>Three charts embedded with the script code, one pasted as a bare iframe.</p>
<div data-arms-embed="demo-a" data-title="Demo A: seized weapons"><a href="${c}/embed/demo-a/">View the chart</a></div>
<script async src="${c}/embed.js"></script>
<p>Between the charts.</p>
<div data-arms-embed="demo-b" data-theme="dark"></div>
<div data-arms-embed="demo-c" data-height="300"></div>
<script async src="${c}/embed.js"></script>
<p>Pasted by hand:</p>
<iframe id="bare" src="${c}/embed/demo-a/?childId=bare-a" title="Demo A (pasted)" scrolling="no" style="width:100%;border:0;height:150px"></iframe>
<iframe id="foreign" src="${f}/" title="Someone else's widget" style="width:100%;border:0;height:60px"></iframe>
<iframe id="same-origin" src="${c}/not-embed/" title="A page of the chart site that is not an embed" style="width:100%;border:0;height:60px"></iframe>
</body></html>`;
}

/** A host that pasted an iframe and includes the loader only later (the test adds it). */
function lateLoaderPage(c: string): string {
  return `${head("Host, loader late")}<body>
<h1>Pasted iframe, loader arrives late</h1>
<iframe id="bare" src="${c}/embed/demo-b/" title="Demo B (pasted)" scrolling="no" style="width:100%;border:0;height:150px"></iframe>
</body></html>`;
}

/**
 * A host that frames the chart the way WordPress does with an oEmbed provider it does not know
 * (wp-includes/embed.php, wp_filter_oembed_result; wp-includes/js/wp-embed.js): a blockquote, and
 * a sandboxed iframe (allow-scripts only: origin "null") hidden until its document posts
 * {message: "height", value, secret} with the secret from its URL fragment; the height is clamped
 * to 200-1000 px. The script below does what wp-embed.js does with those messages. The second
 * frame gets its secret late, as wp-embed.js gives one to frames that have none.
 */
function wordpressPage(c: string): string {
  const frame = (id: string, secret: string | null) =>
    `<blockquote class="wp-embedded-content" data-secret="${secret ?? "Late0secret"}"><a href="${c}/embed/demo-w/">Demo W</a></blockquote>` +
    `<iframe id="${id}" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" ` +
    `src="${c}/embed/demo-w/${secret ? `#?secret=${secret}` : ""}"${secret ? ` data-secret="${secret}"` : ""} width="100%" height="300" frameborder="0" title="Demo W"></iframe>`;
  return `${head("WordPress-style host")}<body>
<h1>A WordPress post</h1>
<p>The chart's URL was pasted on its own line.</p>
${frame("wp", "Sekr3tAbc1")}
<p>Between the charts.</p>
${frame("wp-late", null)}
<script>
  window.linked = [];
  addEventListener("message", (e) => {
    const d = e.data;
    if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
    for (const b of document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]')) b.style.display = "none";
    for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
      if (e.source !== f.contentWindow) continue;
      f.removeAttribute("style");
      if (d.message === "height") f.height = Math.min(1000, Math.max(200, parseInt(d.value, 10) || 0));
      if (d.message === "link") linked.push(d.value);
    }
  });
  window.giveSecret = () => {
    const f = document.getElementById("wp-late");
    f.src += "#?secret=Late0secret";
    f.setAttribute("data-secret", "Late0secret");
    f.contentWindow.postMessage({ message: "ready", secret: "Late0secret" }, "*");
  };
</script>
</body></html>`;
}

/**
 * A child page like /embed/<id>/: it sets data-embed-id and runs the child script. Its text wraps
 * more on narrow screens, so its height depends on its width; body and paragraph margins are
 * part of the height the child must report.
 */
function demoChart(id: string, boxHeight: number, paragraphs: number, { classic = false } = {}): string {
  const letter = id.slice(-1).toUpperCase();
  const text =
    "<p>Text that wraps more on narrow screens, so the frame's height depends on its width: seized weapons traced to US sellers, by year and by state of purchase.</p>";
  return (
    `<!doctype html><html lang="en" data-embed-id="${id}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Demo chart ${letter} (embed fixture)</title><style>body{margin:12px;font:16px/1.4 sans-serif}#box{height:${boxHeight}px;background:#cde}</style></head>` +
    `<body><h2>Demo chart ${letter}</h2>${text.repeat(paragraphs)}<div id="box"></div><p><a href="https://example.org/source">Source</a> · <a id="own" href="/embed/demo-a/">Another chart</a></p>` +
    // classic: the same child script as a classic script. In WordPress's sandbox (origin "null")
    // a module script needs CORS headers, which this test's static server does not send.
    (classic
      ? `<script src="/embed-child.classic.js"></script>`
      : `<script type="module" src="/embed-child.js"></script>`) +
    `</body></html>`
  );
}

beforeAll(async () => {
  rmSync(TMP, { recursive: true, force: true });
  const site = join(TMP, "site");
  // Three demo charts of different heights: A tall, B short with more text, C taller still.
  for (const [id, box, paragraphs] of [
    ["demo-a", 480, 1],
    ["demo-b", 260, 3],
    ["demo-c", 700, 2],
    ["demo-w", 400, 2],
  ] as const) {
    mkdirSync(join(site, "embed", id), { recursive: true });
    writeFileSync(join(site, "embed", id, "index.html"), demoChart(id, box, paragraphs, { classic: id === "demo-w" }));
  }
  for (const [file, format] of [
    ["embed-child.js", "esm"],
    ["embed-child.classic.js", "iife"],
  ] as const) {
    await build({
      entryPoints: [join(ROOT, "src", "client", "embed-child.ts")],
      outfile: join(site, file),
      bundle: true,
      format,
      target: "es2020",
      logLevel: "silent",
    });
  }
  writeFileSync(join(site, "embed.js"), await buildEmbedLoader(ROOT)); // as scripts/build.mjs writes it
  // Same origin as the embeds but not one of the loader's iframes.
  mkdirSync(join(site, "not-embed"));
  writeFileSync(
    join(site, "not-embed", "index.html"),
    `${head("Not an embed")}<body><p>Not an embed.</p></body></html>`,
  );
  child = await serveStatic(site);

  mkdirSync(join(TMP, "foreign"));
  writeFileSync(
    join(TMP, "foreign", "index.html"),
    `${head("Foreign widget")}<body><p>Another widget.</p></body></html>`,
  );
  foreign = await serveStatic(join(TMP, "foreign"));

  mkdirSync(join(TMP, "host"));
  writeFileSync(join(TMP, "host", "index.html"), hostPage(child.url, foreign.url));
  writeFileSync(join(TMP, "host", "late.html"), lateLoaderPage(child.url));
  writeFileSync(join(TMP, "host", "wordpress.html"), wordpressPage(child.url));
  host = await serveStatic(join(TMP, "host"));

  expect(new Set([child.url, foreign.url, host.url]).size).toBe(3); // three origins
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([child?.close(), host?.close(), foreign?.close()]);
  rmSync(TMP, { recursive: true, force: true });
});

/** Opens a host page at a width, watching it (and its frames) for errors, failed and off-site requests. */
async function open(path: string, width: number): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const watch = watchPage(page, { allow: [host.url, child.url, foreign.url] });
  const response = await page.goto(`${host.url}${path}`, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  return { page, watch };
}

/** The loader's iframes (made from divs or pasted): src under the chart site's /embed/. */
const ours = (page: Page): Promise<ElementHandle<HTMLElement | SVGElement>[]> =>
  page.$$(`iframe[src^="${child.url}/embed/"]`);

const styleHeight = (iframe: ElementHandle): Promise<number> =>
  iframe.evaluate((f) => parseFloat((f as HTMLIFrameElement).style.height));

async function frameOf(iframe: ElementHandle): Promise<Frame> {
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error("iframe without a frame");
  return frame;
}

/** |iframe style.height - its document's height|, or Infinity while the child is not loaded yet. */
async function gap(iframe: ElementHandle): Promise<number> {
  try {
    const frame = await frameOf(iframe);
    if (!frame.url().startsWith(`${child.url}/embed/`)) return Infinity;
    const doc = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return Math.abs((await styleHeight(iframe)) - doc);
  } catch {
    return Infinity; // navigating: ask again
  }
}

async function expectFits(iframe: ElementHandle, what: string): Promise<void> {
  await iframe.scrollIntoViewIfNeeded(); // the loader's iframes are loading="lazy"
  await expect.poll(() => gap(iframe), { ...POLL, message: what }).toBeLessThanOrEqual(2);
}

const setBox = (frame: Frame, px: number): Promise<void> =>
  frame.evaluate((h) => {
    const box = document.getElementById("box");
    if (!box) throw new Error("fixture without #box");
    box.style.height = `${h}px`;
  }, px);

const received = (page: Page): Promise<Message[]> =>
  page.evaluate(() => (window as unknown as { received: Message[] }).received);

describe("embed protocol: /embed.js on a host page of another origin", () => {
  it.each([320, 768, 1280])("at %i px every iframe fits its document, grows and shrinks with it", async (width) => {
    const { page, watch } = await open("/", width);

    // Loaded twice: three divs + one pasted iframe = 4 iframes (7 if the second run re-did the divs).
    await expect.poll(async () => (await ours(page)).length, POLL).toBe(4);
    for (const id of ["demo-a", "demo-b", "demo-c"]) {
      expect(await page.locator(`[data-arms-embed="${id}"] > *`).count(), id).toBe(1);
      expect(await page.locator(`[data-arms-embed="${id}"] > iframe`).count(), id).toBe(1);
    }

    const iframes = await ours(page);
    for (const [i, iframe] of iframes.entries()) await expectFits(iframe, `iframe ${i} at ${width}px`);

    for (const [i, iframe] of iframes.entries()) {
      // Chromium pauses rendering (so ResizeObserver) in offscreen cross-origin frames: the
      // iframe follows its content once it is near the viewport, which is when it matters.
      await iframe.scrollIntoViewIfNeeded();
      const frame = await frameOf(iframe);
      const before = await styleHeight(iframe);
      await setBox(frame, 40);
      await expect
        .poll(() => styleHeight(iframe), { ...POLL, message: `iframe ${i} shrinks` })
        .toBeLessThan(before - 100);
      await expectFits(iframe, `iframe ${i} after shrinking`);
      const shrunk = await styleHeight(iframe);
      await setBox(frame, 900);
      await expect
        .poll(() => styleHeight(iframe), { ...POLL, message: `iframe ${i} grows` })
        .toBeGreaterThan(shrunk + 800);
      await expectFits(iframe, `iframe ${i} after growing`);
    }

    // Loading the script a third time, later, adds nothing; no div was ever filled twice.
    await page.addScriptTag({ url: `${child.url}/embed.js` });
    expect((await ours(page)).length).toBe(4);
    expect(await page.evaluate(() => (window as unknown as { inserted: number }).inserted)).toBe(3);
    watch.expectClean();
    await page.close();
  });

  it("builds the iframes the contract describes, and the children make links leave the frame", async () => {
    const { page, watch } = await open("/", 1280);
    await expect.poll(async () => (await ours(page)).length, POLL).toBe(4);
    const attrs = await page.$$eval("[data-arms-embed] > iframe", (fs) =>
      fs.map((f) => ({
        src: f.getAttribute("src"),
        title: f.getAttribute("title"),
        loading: f.getAttribute("loading"),
        scrolling: f.getAttribute("scrolling"),
        heightAttr: f.getAttribute("height"),
        width: (f as HTMLIFrameElement).style.width,
        border: (f as HTMLIFrameElement).style.borderStyle,
      })),
    );
    const common = { loading: "lazy", scrolling: "no", heightAttr: null, width: "100%", border: "none" };
    expect(attrs).toEqual([
      { ...common, src: `${child.url}/embed/demo-a/`, title: "Demo A: seized weapons" },
      { ...common, src: `${child.url}/embed/demo-b/?theme=dark`, title: "Chart: demo-b" },
      { ...common, src: `${child.url}/embed/demo-c/`, title: "Chart: demo-c" },
    ]);
    for (const iframe of await ours(page)) {
      await expectFits(iframe, "fits");
      expect(await (await frameOf(iframe)).evaluate(() => document.querySelector("base")?.target)).toBe("_top");
    }
    // The pasted iframe's Pym messages carry the id its host gave (?childId=bare-a).
    const pym = (await received(page))
      .filter((m) => m.origin === child.url && typeof m.data === "string")
      .map((m) => String(m.data));
    expect(pym.some((s) => /^pymxPYMxbare-axPYMxheightxPYMx\d+$/.test(s))).toBe(true);
    expect(pym.some((s) => /^pymxPYMxdemo-cxPYMxheightxPYMx\d+$/.test(s))).toBe(true);
    watch.expectClean();
    await page.close();
  });

  it("follows the host's width: narrowing the window re-fits every iframe", async () => {
    const { page, watch } = await open("/", 1280);
    await expect.poll(async () => (await ours(page)).length, POLL).toBe(4);
    const iframes = await ours(page);
    for (const iframe of iframes) await expectFits(iframe, "at 1280");
    const wide = await Promise.all(iframes.map(styleHeight));
    await page.setViewportSize({ width: 320, height: 800 });
    for (const iframe of iframes) await expectFits(iframe, "at 320");
    const narrow = await Promise.all(iframes.map(styleHeight));
    narrow.forEach((h, i) => expect(h, `iframe ${i} taller when narrow`).toBeGreaterThan(wide[i] ?? Infinity));
    watch.expectClean();
    await page.close();
  });

  it("ignores height messages from other origins, other frames and the host itself; clamps its own", async () => {
    const { page, watch } = await open("/", 768);
    await expect.poll(async () => (await ours(page)).length, POLL).toBe(4);
    const iframes = await ours(page);
    for (const iframe of iframes) await expectFits(iframe, "fits before the attack");
    const before = await Promise.all(iframes.map(styleHeight));

    const hostile = [
      { sentinel: "amp", type: "embed-size", height: 9999 },
      { "datawrapper-height": { "demo-a": 9999 } },
      "pymxPYMxdemo-axPYMxheightxPYMx9999",
      "pymxPYMxbare-axPYMxheightxPYMx9999",
    ];
    const post = (msgs: unknown[]) => {
      for (const m of msgs) window.parent.postMessage(m, "*");
    };
    const countHostile = async (): Promise<number> =>
      (await received(page)).filter((m) => JSON.stringify(m.data).includes("9999")).length;

    const third = await frameOf(await page.$("#foreign").then((h) => h!));
    const sameOrigin = await frameOf(await page.$("#same-origin").then((h) => h!));
    await expect.poll(() => third.url(), POLL).toBe(`${foreign.url}/`);
    await expect.poll(() => sameOrigin.url(), POLL).toBe(`${child.url}/not-embed/`);
    await third.evaluate(post, hostile); // a third origin
    await sameOrigin.evaluate(post, hostile); // the chart site's origin, but not one of our iframes
    await page.evaluate((msgs) => {
      for (const m of msgs) window.postMessage(m, "*"); // the host page itself
    }, hostile);
    // Once the recorder has seen all 12, the loader's listener has run for each of them.
    await expect.poll(countHostile, POLL).toBe(12);
    expect(await Promise.all(iframes.map(styleHeight))).toEqual(before);

    // One of our iframes whose document has navigated to another origin: right source, wrong origin.
    const bareFrame = await frameOf((await page.$("#bare"))!);
    await bareFrame.evaluate((url) => {
      location.href = url;
    }, `${foreign.url}/`);
    await expect.poll(() => bareFrame.url(), POLL).toBe(`${foreign.url}/`);
    await bareFrame.evaluate(post, hostile);
    await expect.poll(countHostile, POLL).toBe(16);
    expect(await Promise.all(iframes.map(styleHeight))).toEqual(before);

    // From our own child: junk changes nothing and raises no error; absurd heights are clamped.
    const own = iframes[2]!;
    const ownFrame = await frameOf(own);
    const junk = [
      null,
      42,
      "pymxPYMxdemo-cxPYMxheightxPYMx",
      { sentinel: "amp", type: "embed-size", height: "700" },
      { sentinel: "amp", type: "embed-size", height: Infinity },
      { sentinel: "amp", type: "embed-size", height: Number.NaN },
      { "datawrapper-height": "x" },
      "done-junk",
    ];
    await ownFrame.evaluate(post, junk);
    await expect.poll(async () => (await received(page)).some((m) => m.data === "done-junk"), POLL).toBe(true);
    expect(await styleHeight(own)).toBe(before[2]);
    await ownFrame.evaluate(post, [{ sentinel: "amp", type: "embed-size", height: 1e9 }]);
    await expect.poll(() => styleHeight(own), POLL).toBe(10_000);
    await ownFrame.evaluate(post, [{ sentinel: "amp", type: "embed-size", height: 1 }]);
    await expect.poll(() => styleHeight(own), POLL).toBe(50);
    watch.expectClean();
    await page.close();
  });

  it("fits a pasted iframe whose child spoke before the loader arrived", async () => {
    const { page, watch } = await open("/late.html", 768);
    const bare = (await page.$("#bare"))!;
    // The child has posted its height, and nobody was listening yet.
    await expect
      .poll(async () => (await received(page)).filter((m) => m.origin === child.url).length, POLL)
      .toBeGreaterThan(0);
    expect(await styleHeight(bare)).toBe(150);
    await page.addScriptTag({ url: `${child.url}/embed.js` });
    await expectFits(bare, "pasted iframe after a late loader");
    watch.expectClean();
    await page.close();
  });
});

describe("embed protocol: WordPress (a pasted URL, through oEmbed)", () => {
  const attr = (iframe: ElementHandle, name: string): Promise<string | null> =>
    iframe.evaluate((f, n) => (f as Element).getAttribute(n), name);
  /** |height attribute - document height|, or Infinity while the frame is hidden or loading. */
  const wpGap = async (iframe: ElementHandle): Promise<number> => {
    if ((await attr(iframe, "style")) !== null) return Infinity;
    try {
      const doc = await (
        await frameOf(iframe)
      ).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(Number(await attr(iframe, "height")) - doc);
    } catch {
      return Infinity;
    }
  };

  it.each([320, 1280])(
    "at %i px the sandboxed frame shows, fits, follows its content and scrolls past the 1,000 px cap",
    async (width) => {
      const { page, watch } = await open("/wordpress.html", width);
      const wp = (await page.$("#wp"))!;
      // It speaks although hidden (Chromium throttles hidden cross-origin frames: no ResizeObserver).
      await expect.poll(() => wpGap(wp), { ...POLL, message: "shown and fitted" }).toBeLessThanOrEqual(1);
      expect(await page.locator('blockquote[data-secret="Sekr3tAbc1"]').isHidden()).toBe(true);
      const frame = await frameOf(wp);
      expect(await frame.evaluate(() => origin)).toBe("null");

      await wp.scrollIntoViewIfNeeded();
      await setBox(frame, 1500);
      await expect.poll(() => attr(wp, "height"), POLL).toBe("1000");
      // Taller than the cap: the frame scrolls, so the bottom of the chart can still be reached.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 400)).toBe(true);
      expect(await frame.evaluate(() => (scrollTo(0, 1e6), scrollY > 400))).toBe(true);
      await setBox(frame, 100);
      await expect.poll(() => wpGap(wp), { ...POLL, message: "shrinks back" }).toBeLessThanOrEqual(1);

      // A link of the chart's own site goes through WordPress (the sandbox blocks target=_top).
      await frame.click("#own");
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { linked: string[] }).linked), POLL)
        .toEqual([`${child.url}/embed/demo-a/`]);
      watch.expectClean();
      await page.close();
    },
  );

  it("answers WordPress's ready message with the secret it is given later", async () => {
    const { page, watch } = await open("/wordpress.html", 768);
    const late = (await page.$("#wp-late"))!;
    const frame = await frameOf(late);
    await expect.poll(() => frame.evaluate(() => document.readyState), POLL).toBe("complete");
    expect(await attr(late, "style")).not.toBeNull(); // no secret yet: nobody to tell
    await page.evaluate(() => (window as unknown as { giveSecret: () => void }).giveSecret());
    await expect.poll(() => wpGap(late), { ...POLL, message: "shown and fitted after ready" }).toBeLessThanOrEqual(1);
    watch.expectClean();
    await page.close();
  });
});
