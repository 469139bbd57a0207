// The embed loader, served as /embed.js: other newsrooms paste it with a chart's script embed code
// (src/publish/embed-code.ts), on pages we do not control. scripts/build.mjs bundles this file
// and embed-host.ts with esbuild (minified, one classic script) into the built site at every
// build; the result must stay under 1 KiB gzipped (tests/site/budgets.test.ts).
//
// What it does, each time it runs (a page may include it several times, and late):
// 1. Turns every <div data-arms-embed="<id>"> not yet done into an iframe of the chart's embed
//    page on the site the script itself came from (the Spanish one with data-lang="es"), ?theme=
//    from data-theme, title from data-title, first height from data-height.
// 2. Once per page and site, listens for the height messages embed pages post
//    (src/client/embed-child.ts) and sets the height of the iframe that sent one. It acts only on
//    messages from the site's origin and from the window of one of its iframes, and sets only
//    style.height, clamped to 50-10,000 px.
// 3. Asks iframes pasted before it arrived for their height again (a Pym width message): they
//    may have posted it while nobody listened.
// It hard-codes no address, imports nothing of the build, and never throws on a host page.

import { embedSrc, frameOf, heightIn, isEmbedSrc, px, type EmbedPages } from "./embed-host.ts";

/** The embed pages of the URL contract, put in at build by esbuild's define (scripts/embed-loader.ts). */
declare const EMBED_PAGES: EmbedPages;

(() => {
  const doc = document;
  // The script element running now; for an old browser without currentScript, the last one.
  const script =
    (doc.currentScript as HTMLScriptElement | null) ||
    [...doc.querySelectorAll<HTMLScriptElement>('script[src$="' + EMBED_PAGES.loader + '"]')].pop();
  if (!script) return;
  /** The chart site: the origin this script was served from. */
  const site = new URL(script.src).origin;
  const pages = EMBED_PAGES;

  /** Every iframe on the page showing an embed page of the site, made by us or pasted. */
  const ours = (): HTMLIFrameElement[] =>
    [...doc.querySelectorAll("iframe")].filter((f) => isEmbedSrc(site, pages, f.src));

  // One listener per page and site, however many times the script runs.
  const key = "armsEmbed " + site;
  const flags = window as unknown as Record<string, unknown>;
  if (!flags[key]) {
    flags[key] = 1;
    addEventListener("message", (e) => {
      // Who sent it first (origin, then source), then what it says: read, never converted.
      const frame = frameOf(e.origin, e.source, site, ours);
      const height = frame && heightIn(e.data);
      if (frame && height !== undefined) frame.style.height = px(height);
    });
  }

  // Pasted iframes may have spoken before we listened: ask again (Pym's width message).
  for (const f of ours()) f.contentWindow?.postMessage("pymxPYMxarmsxPYMxwidthxPYMx" + f.offsetWidth, "*");

  for (const el of doc.querySelectorAll<HTMLElement>("[data-arms-embed]:not([data-arms-done])")) {
    const data = el.dataset;
    const id = data["armsEmbed"]!;
    if (!/^[a-z0-9-]+$/.test(id)) continue; // an id goes into a URL: nothing else does
    data["armsDone"] = ""; // never made twice, by a second copy of the script either
    const f = doc.createElement("iframe");
    f.setAttribute("loading", "lazy");
    f.setAttribute("scrolling", "no");
    f.title = data["title"] || "Chart: " + id;
    f.style.cssText = "width:100%;border:0;height:" + px(Number(data["height"]) || 400);
    f.src = embedSrc(site, pages, id, data["lang"], data["theme"]);
    el.replaceChildren(f);
  }
})();
