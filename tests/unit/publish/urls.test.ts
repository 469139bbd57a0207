// The public URL contract: every path is absolute on the site, Spanish paths live under /es/
// except the data, which both editions share, and absolute URLs are the address plus the path.
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { OEMBED_WIDTHS } from "../../../src/publish/oembed.ts";
import { absolute, chartAnchor, isPreview, paths, siteAddress } from "../../../src/publish/urls.ts";
import { SITE } from "../../support/site.ts";

const ids = CHARTS.map((c) => c.id);

/** Every path the contract spells for one chart in one edition. */
const chartPaths = (id: string, lang: string) => [
  paths.chart(id, lang),
  paths.embed(id, lang),
  paths.embed(id, lang, "dark"),
  paths.oembed(id, lang),
  ...OEMBED_WIDTHS.map((w) => paths.oembedAtWidth(id, w, lang)),
  paths.image(id, "svg", lang),
  paths.image(id, "png", lang, "phone"),
];

describe("paths", () => {
  it("are absolute paths, the Spanish ones under /es/", () => {
    for (const id of ids) {
      for (const p of chartPaths(id, "en")) expect(p, p).toMatch(/^\/(?!es\/)/);
      for (const p of chartPaths(id, "es")) expect(p, p).toMatch(/^\/es\//);
    }
    for (const lang of ["en", "es"]) {
      for (const p of [paths.story(lang), paths.gallery(lang), paths.sources(lang), paths.shareCard(lang)]) {
        expect(p.startsWith(lang === "en" ? "/" : "/es/"), p).toBe(true);
        expect(p.startsWith("/es/")).toBe(lang === "es");
      }
    }
  });

  it("gives each chart its own addresses, and the data one address for both editions", () => {
    const all = ids.flatMap((id) => [...chartPaths(id, "en"), ...chartPaths(id, "es")]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) {
      expect(paths.data(id, "csv")).toBe(`/data/${id}.csv`);
      expect(paths.chart(id)).toBe(`${paths.story()}#${chartAnchor(id)}`);
      expect(paths.embed(id, "en", "light")).toBe(paths.embed(id));
      expect(paths.embed(id, "en", "auto")).toBe(`${paths.embed(id)}?theme=auto`);
      expect(paths.image(id, "png", "en", "phone")).toBe(paths.image(id, "png").replace(/\.png$/, ".phone.png"));
    }
  });
});

describe("the site address", () => {
  it("is astro's site without its trailing slash; none is an error, not a guess", () => {
    expect(siteAddress(new URL(`${SITE}/`))).toBe(SITE);
    expect(() => siteAddress(undefined)).toThrow(/STORY_SITE/);
  });

  it("makes absolute URLs by prefixing the path, and tells a preview (this machine) from a deploy", () => {
    expect(absolute(SITE, paths.loader())).toBe(`${SITE}/embed.js`);
    expect(new URL(absolute(SITE, paths.chart(ids[0]!, "es"))).origin).toBe(SITE);
    expect(isPreview(SITE)).toBe(false);
    expect(isPreview("http://localhost:4321")).toBe(true);
    expect(isPreview("http://127.0.0.1:4321")).toBe(true);
  });
});
