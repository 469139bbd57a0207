// The embed loader (/embed.js) runs in other newsrooms' pages: no message may make it
// throw there, and no message may set a height outside 50-10,000 px. A host page with the
// loader, its own chart iframe and a foreign iframe is served from memory (three origins, no
// network); each frame posts a few thousand generated payloads of every kind JavaScript can
// post, then a marker, and the test waits for the marker: messages from one frame arrive in
// order, so when it is seen every payload before it has been handled. No fixed sleeps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { ROOT } from "../support/paths.ts";
import { buildEmbedLoader } from "../../scripts/embed-loader.ts";
import { watchPage, type PageWatch } from "../support/page-watch.ts";

const SITE = "http://site.test";
const HOST = "http://host.test";
const FOREIGN = "http://foreign.test";
const PER_FRAME = 3000;

/**
 * Runs in a frame: posts `count` payloads to the parent, then a marker. Payloads cover every
 * type that survives structured cloning — primitives, BigInt, huge strings, near-miss Pym
 * strings, AMP and Datawrapper shapes holding every type, deep nesting, arrays, Date, RegExp,
 * Map, Set, typed arrays, Error — and objects whose conversion to a string throws (`toString`
 * or `valueOf` that are not functions: a function cannot be posted, so this is what reaches a
 * listener). Payloads the browser cannot clone (functions, symbols) fail in the sender, which
 * counts them and goes on.
 */
function fuzzScript(): string {
  return `window.fuzz = (count, seed, tag) => {
    let s = seed >>> 0;
    const rnd = () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const hostile = () => pick([{ toString: "x" }, { toString: {}, valueOf: {} }, { valueOf: 1, toString: null }, Object.assign(Object.create(null), { a: 1 }), { [Symbol.toPrimitive]: 1, toString: [] }]);
    const numbers = [0, -0, 1, -1, 49, 50, 51, 9999, 10000, 10001, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 2 ** 53, 0.5, 123.456];
    const big = () => "x".repeat(Math.floor(rnd() * 4e6));
    const strings = () => pick([
      "", "pymxPYMxorigin-sharexPYMxheightxPYMx" + Math.floor(rnd() * 1e6), "pymxPYMxxPYMxheightxPYMx99999999999999999999999",
      "pymxPYMx" + "xPYMx".repeat(5000) + "heightxPYMx1", "pymxPYMxaxPYMxheightxPYMx-5", "pymxPYMxaxPYMxheightxPYMx1e5",
      "pymxPYMx" + "a".repeat(100000) + "xPYMxheightxPYMx" + "9".repeat(400), big(), "\\u0000\\u202e<script>", JSON.stringify({ height: 5 }),
    ]);
    const any = (depth) => {
      const k = Math.floor(rnd() * (depth > 3 ? 6 : 16));
      switch (k) {
        case 0: return pick(numbers);
        case 1: return pick([undefined, null, true, false]);
        case 2: return strings();
        case 3: return pick([10n, -(2n ** 200n), 0n]);
        case 4: return hostile();
        case 5: return rnd() * 2e4 - 1e4;
        case 6: return { sentinel: pick(["amp", hostile(), null]), type: pick(["embed-size", hostile(), 1]), height: any(depth + 1) };
        case 7: return { "datawrapper-height": pick([any(depth + 1), { [pick(["origin-share", "__proto__", "x"])]: any(depth + 1) }, [any(depth + 1)], null]) };
        case 8: return [any(depth + 1), any(depth + 1)];
        case 9: { let o = pick([1, "x", null, hostile()]); for (let i = 0; i < 3000; i++) o = { a: o, height: 9e9 }; return o; }
        case 10: return pick([new Date(NaN), new Date(0), /x/g, new Map([[hostile(), 1]]), new Set([hostile()]), new Uint8Array(8), new ArrayBuffer(16), new Error("e"), new Float64Array([NaN])]);
        case 11: return { sentinel: "amp", type: "embed-size", height: pick(numbers) };
        case 12: return { "datawrapper-height": { x: pick(numbers) } };
        case 13: return pick([() => 1, Symbol("s"), { toString() { throw new Error("thrown"); } }]);
        case 14: return new Array(5000).fill(hostile());
        default: return JSON.parse('{"__proto__": {"height": 5}, "sentinel": "amp", "type": "embed-size", "height": {"toString": 1}}');
      }
    };
    let refused = 0;
    for (let i = 0; i < count; i++) {
      try { parent.postMessage(any(0), "*"); } catch { refused++; }
    }
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: 321 }, "*");
    parent.postMessage({ fuzzDone: tag, refused }, "*");
  };`;
}

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<div data-arms-embed="fuzz"></div>
<iframe id="foreign" src="${FOREIGN}/frame.html" title="Another site"></iframe>
<script>
  window.errors = []; window.heights = []; window.done = {};
  addEventListener("error", (e) => errors.push(String(e.message)));
  addEventListener("unhandledrejection", () => errors.push("unhandled rejection"));
  addEventListener("message", (e) => { const v = e.data; if (v && typeof v === "object" && typeof v.fuzzDone === "string") done[v.fuzzDone] = v.refused; });
  new MutationObserver((records) => { for (const r of records) if (r.target.tagName === "IFRAME") heights.push(r.target.style.height); })
    .observe(document.body, { subtree: true, attributes: true, attributeFilter: ["style"] });
  ${fuzzScript()}
</script>
<script src="${SITE}/embed.js"></script>
</body></html>`;

const FRAME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head><body><p>Frame</p><script>${fuzzScript()}</script></body></html>`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  const loader = Buffer.from(await buildEmbedLoader(ROOT)).toString("utf8"); // as scripts/build.mjs writes it
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const html = (body: string) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body });
    if (url.origin === HOST && url.pathname === "/") return html(HOST_PAGE);
    if (url.origin === SITE && url.pathname === "/embed.js")
      return route.fulfill({ status: 200, contentType: "text/javascript", body: loader });
    if (url.origin === SITE && url.pathname === "/embed/fuzz/") return html(FRAME_PAGE);
    if (url.origin === FOREIGN && url.pathname === "/frame.html") return html(FRAME_PAGE);
    return route.fulfill({ status: 404, body: "" });
  });
  page = await context.newPage();
  watch = watchPage(page, { allow: [HOST, SITE, FOREIGN] });
  await page.goto(`${HOST}/`);
  await page.waitForFunction(() => document.querySelector("[data-arms-embed] iframe") !== null);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const frameAt = (prefix: string) => {
  const f = page.frames().find((fr) => fr.url().startsWith(prefix));
  if (!f) throw new Error(`no frame at ${prefix}`);
  return f;
};
const ownHeight = () =>
  page.evaluate(() => (document.querySelector("[data-arms-embed] iframe") as HTMLIFrameElement).style.height);

describe("embed.js under hostile messages", () => {
  it(`ignores ${PER_FRAME} payloads from a foreign frame, and from the host page itself, without an error`, async () => {
    const before = await ownHeight();
    const foreign = frameAt(`${FOREIGN}/`);
    await foreign.waitForFunction(() => typeof (window as unknown as { fuzz?: unknown }).fuzz === "function");
    await foreign.evaluate(
      (n) => (window as unknown as { fuzz: (n: number, s: number, t: string) => void }).fuzz(n, 7, "foreign"),
      PER_FRAME,
    );
    await page.evaluate(
      (n) => (window as unknown as { fuzz: (n: number, s: number, t: string) => void }).fuzz(n, 11, "host"),
      PER_FRAME,
    );
    await page.waitForFunction(
      () =>
        "foreign" in (window as unknown as { done: object }).done &&
        "host" in (window as unknown as { done: object }).done,
    );
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    watch.expectClean("the host page");
    // Not one of them, the final well-formed 321 px included, reached the chart's iframe.
    expect(await ownHeight()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).toEqual([]);
  });

  it(`survives ${PER_FRAME} payloads from its own chart frame, keeping every height within 50-10,000 px`, async () => {
    const own = frameAt(`${SITE}/embed/fuzz/`);
    await own.waitForFunction(() => typeof (window as unknown as { fuzz?: unknown }).fuzz === "function");
    await own.evaluate(
      (n) => (window as unknown as { fuzz: (n: number, s: number, t: string) => void }).fuzz(n, 3, "own"),
      PER_FRAME,
    );
    await page.waitForFunction(() => "own" in (window as unknown as { done: object }).done);
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    watch.expectClean("the host page");
    // The round trip: the frame's last well-formed message (321 px) was applied, so every payload before it was handled.
    expect(await ownHeight()).toBe("321px");
    const heights = await page.evaluate(() => (window as unknown as { heights: string[] }).heights);
    expect(heights.length).toBeGreaterThan(10);
    const outside = heights.filter((h) => !/^\d+px$/.test(h) || parseInt(h, 10) < 50 || parseInt(h, 10) > 10_000);
    expect(outside).toEqual([]);
  });
});
