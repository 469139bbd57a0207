import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, distFiles, readDist } from "../support/dist.ts";

import { SITE } from "../support/site.ts";
const pages = distFiles().filter((f) => f.endsWith(".html"));
const ids = new Map(
  pages.map((p) => [
    p,
    new Set([...parseHTML(readDist(p)).document.querySelectorAll("[id]")].map((e) => e.getAttribute("id")!)),
  ]),
);

/** The dist/ file a site URL path serves (dir/ -> dir/index.html), or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const full = join(DIST, clean);
  if (existsSync(full) && statSync(full).isFile()) return clean.replace(/^\//, "");
  const index = join(full, "index.html");
  return existsSync(index) ? join(clean, "index.html").replace(/^\//, "") : null;
}

describe("links in dist/", () => {
  const internal: Array<{ from: string; url: string }> = [];
  const external: Array<{ from: string; url: string }> = [];
  for (const page of pages) {
    const { document } = parseHTML(readDist(page));
    for (const el of document.querySelectorAll("a[href], link[href], img[src], iframe[src], script[src]")) {
      const url = el.getAttribute("href") ?? el.getAttribute("src")!;
      if (url.startsWith("data:")) continue;
      const absolute = new URL(url, `${SITE}/${page.replace(/index\.html$/, "")}`);
      (absolute.origin === SITE ? internal : external).push({ from: page, url: absolute.href });
    }
  }

  it("finds links to check", () => {
    expect(internal.length).toBeGreaterThan(100);
    expect(external.length).toBeGreaterThan(10);
  });

  it("resolves every internal link, and every fragment to an element on its page", () => {
    const broken: string[] = [];
    for (const { from, url } of internal) {
      const u = new URL(url);
      const file = fileFor(u.pathname);
      if (!file) {
        broken.push(`${from} -> ${url}`);
        continue;
      }
      const fragment = decodeURIComponent(u.hash.slice(1));
      if (fragment && file.endsWith(".html") && !ids.get(file)?.has(fragment))
        broken.push(`${from} -> ${url} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });

  it("links out only to well-formed https addresses", () => {
    const bad = external.filter(({ url }) => {
      try {
        const u = new URL(url);
        return u.protocol !== "https:" || !u.hostname.includes(".");
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
  });
});
