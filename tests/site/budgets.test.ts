// Byte budgets are deterministic, so they are tested (speed is benchmarked: npm run bench).
// A page's weight: its HTML plus the CSS and scripts it loads from the site, each gzipped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, readDist } from "../support/dist.ts";
import { CHARTS } from "../../src/charts/registry.ts";

const KiB = 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function weight(page: string): { html: number; css: number; js: number; total: number } {
  const html = readDist(page);
  const { document } = parseHTML(html);
  const files = (selector: string, attr: string) =>
    [
      ...new Set(
        [...document.querySelectorAll(selector)].map((e) => e.getAttribute(attr)!).filter((u) => u.startsWith("/")),
      ),
    ].map((u) => readFileSync(join(DIST, u)));
  const css = files('link[rel="stylesheet"]', "href").reduce((n, f) => n + gz(f), 0);
  const js = files("script[src]", "src").reduce((n, f) => n + gz(f), 0);
  const h = gz(html);
  return { html: h, css, js, total: h + css + js };
}

describe("page weight budgets (gzip)", () => {
  it("the story ships at most 10 KiB of JavaScript and 70 KiB in all", () => {
    for (const page of ["index.html", "es/index.html"]) {
      const w = weight(page);
      expect(w.js, `${page} JS`).toBeLessThanOrEqual(10 * KiB);
      expect(w.total, `${page} total`).toBeLessThanOrEqual(70 * KiB);
    }
  });

  for (const { id } of CHARTS) {
    const budget = id === "flow-map" ? 80 : 40;
    it(`/embed/${id}/ is at most ${budget} KiB in all, with at most 5 KiB of JavaScript`, () => {
      const w = weight(`embed/${id}/index.html`);
      expect(w.total).toBeLessThanOrEqual(budget * KiB);
      expect(w.js).toBeLessThanOrEqual(5 * KiB);
    });
  }

  it("/embed.js is at most 1 KiB", () => {
    expect(gz(readFileSync(join(DIST, "embed.js")))).toBeLessThanOrEqual(KiB);
  });
});
