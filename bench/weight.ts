/**
 * Page weight: load a page in chromium from the local static server, record every response,
 * and add up each body's gzip size (zlib level 9; the static server does not compress, so the
 * bench computes what a gzip-serving host would send).
 */
import { gzipSync } from "node:zlib";
import type { Browser, Frame, Page, Request, Response } from "playwright-core";

export type Kind = "html" | "css" | "js" | "images" | "other";

export interface Resource {
  url: string;
  kind: Kind;
  /** A raster image (PNG, JPEG, WebP, AVIF, GIF): a "photo" for the story budget. */
  raster: boolean;
  status: number;
  bytes: number;
  gzip: number;
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  images: number;
  /** Fonts, JSON and anything else. */
  other: number;
  total: number;
  /** Total without raster images (the story budget counts HTML, CSS, JS and SVG, not photos). */
  totalNoRaster: number;
  /** Distinct URLs fetched (a URL fetched twice is counted once: a cache would serve it). */
  requests: number;
  resources: Resource[];
}

export interface PageWeight {
  path: string;
  /** The page's own resources (its main frame). */
  own: Weight;
  /** Resources loaded by its iframes and not already loaded by the page itself. */
  frames: Weight;
  /** Number of iframes that loaded a document. */
  frameCount: number;
  /** Requests outside the local server (blocked) and responses with status >= 400. */
  problems: string[];
}

const RASTER = /\.(png|jpe?g|webp|avif|gif)$/i;

export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

function kindOf(request: Request, response: Response): Kind {
  const type = request.resourceType();
  const ct = response.headers()["content-type"] ?? "";
  if (type === "document" || ct.startsWith("text/html")) return "html";
  if (type === "stylesheet" || ct.startsWith("text/css")) return "css";
  if (type === "script" || /javascript/.test(ct)) return "js";
  if (type === "image" || ct.startsWith("image/")) return "images";
  return "other";
}

export function sumWeight(resources: Resource[]): Weight {
  const w: Weight = {
    html: 0,
    css: 0,
    js: 0,
    images: 0,
    other: 0,
    total: 0,
    totalNoRaster: 0,
    requests: resources.length,
    resources,
  };
  for (const r of resources) {
    w[r.kind] += r.gzip;
    w.total += r.gzip;
    if (!r.raster) w.totalNoRaster += r.gzip;
  }
  return w;
}

/** Scrolls to the bottom in steps so lazy images and iframes load, as a reader who reads to the end. */
async function scrollThrough(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      // Two frames drawn: what came into view has been checked for lazy loading and asked for.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
}

/** How long a page may keep loading after the reader reached its end before the bench reports it. */
const QUIET_WITHIN_MS = 30_000;

/**
 * Resolves once the page is quiet: two frames drawn after the last scroll (so the lazy images and
 * iframes it brought into view have asked for their files), every frame loaded, and no request of
 * the page or its frames still in flight. `inflight` is kept by the caller's request listeners;
 * `onIdle` is called by them when it empties. Returns false if the page is still loading after
 * QUIET_WITHIN_MS.
 */
async function quiet(page: Page, inflight: Set<Request>, onIdle: { wake?: () => void }): Promise<boolean> {
  const deadline = Date.now() + QUIET_WITHIN_MS;
  while (Date.now() < deadline) {
    await page.mainFrame().evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await Promise.all(page.frames().map((f) => f.waitForLoadState("load").catch(() => undefined)));
    if (inflight.size === 0) return true;
    const idle = new Promise<boolean>((ok) => (onIdle.wake = () => ok(true)));
    const late = new Promise<boolean>((ok) => setTimeout(() => ok(false), deadline - Date.now()).unref());
    if (!(await Promise.race([idle, late]))) break;
  }
  return false;
}

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  // Nothing may come from outside the site: block it and say so.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return route.continue();
    problems.push(`blocked external request: ${url}`);
    return route.abort();
  });
  const pending: Array<Promise<void>> = [];
  const own = new Map<string, Resource>();
  const framed = new Map<string, Resource>();
  const frameDocs = new Set<Frame>();
  // Requests in flight, for the wait below.
  const inflight = new Set<Request>();
  const idle: { wake?: () => void } = {};
  const settled = (request: Request) => {
    inflight.delete(request);
    if (inflight.size === 0) idle.wake?.();
  };
  page.on("request", (request) => void inflight.add(request));
  page.on("requestfinished", settled);
  page.on("requestfailed", settled);
  page.on("requestfailed", (request) => {
    if (!problems.some((p) => p.endsWith(request.url())))
      problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
  });
  page.on("response", (response) => {
    const request = response.request();
    const url = response.url();
    if (url.startsWith("data:")) return;
    let frame: Frame | null = null;
    try {
      frame = request.frame();
    } catch {
      frame = null;
    }
    const inMain = frame === null || frame === page.mainFrame();
    if (!inMain && request.resourceType() === "document" && frame) frameDocs.add(frame);
    const status = response.status();
    if (status >= 400) problems.push(`${status}: ${url}`);
    if (status >= 300 && status < 400) return; // the redirect target is recorded on its own
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          const r: Resource = {
            url,
            kind: kindOf(request, response),
            raster: RASTER.test(new URL(url).pathname),
            status,
            bytes: body.length,
            gzip: gzipSize(body),
          };
          if (inMain) own.set(url, r);
          else framed.set(url, r);
        }),
    );
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
  if (!response || response.status() !== 200) problems.push(`page status ${response?.status() ?? "none"}: ${path}`);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await scrollThrough(page.mainFrame());
  await page.waitForLoadState("networkidle").catch(() => undefined);
  if (!(await quiet(page, inflight, idle)))
    problems.push(
      `still loading ${QUIET_WITHIN_MS / 1000} s after the end of the page: ${[...inflight].map((r) => r.url()).join(", ")}`,
    );
  await Promise.all(pending);
  await context.close();
  // A resource the page already loaded costs its iframes nothing more.
  for (const url of own.keys()) framed.delete(url);
  const sort = (m: Map<string, Resource>) => [...m.values()].sort((a, b) => a.url.localeCompare(b.url));
  return { path, own: sumWeight(sort(own)), frames: sumWeight(sort(framed)), frameCount: frameDocs.size, problems };
}
