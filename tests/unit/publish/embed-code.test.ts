// The embed codes an editor copies: every address in them is the site address they were given,
// the iframe's height is embed-height's computation, and the fallback picture is the chart's
// phone-width image at its own size.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { embedCodes } from "../../../src/publish/embed-code.ts";
import { embedHeights } from "../../../src/publish/embed-height.ts";
import { siteCharts } from "../../../src/publish/rendered.ts";
import { imageLabels, standaloneSvg } from "../../../src/publish/standalone-svg.ts";
import { absolute, paths } from "../../../src/publish/urls.ts";
import { ARTBOARDS } from "../../../src/charts/kit/artboards.ts";

// A made-up address, so nothing here can pass by matching the test build's.
const SITE = "https://charts.newsroom.example";
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("embedCodes", () => {
  for (const lang of ["en", "es"]) {
    const { text, charts } = siteCharts(lang);
    for (const chart of charts) {
      it(`${lang} ${chart.id}: both codes point at the given address and carry the computed heights`, () => {
        const { script, iframe } = embedCodes(chart, text, SITE);
        for (const code of [script, iframe]) {
          const urls = [...code.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
          expect(urls.length).toBeGreaterThan(1);
          for (const u of urls) expect(new URL(u).origin, u).toBe(SITE);
          expect(code).toContain(`<script async src="${absolute(SITE, paths.loader())}"></script>`);
        }
        const frame = parse(iframe).querySelector("iframe")!;
        expect(frame.getAttribute("src")).toBe(absolute(SITE, paths.embed(chart.id, lang)));
        expect(frame.getAttribute("title")).toBe(chart.title);
        expect(frame.getAttribute("style")).toContain(`height:${embedHeights(chart, text).noScript}px`);

        const div = parse(script).querySelector("[data-arms-embed]")!;
        expect(div.getAttribute("data-arms-embed")).toBe(chart.id);
        expect(div.getAttribute("data-title")).toBe(chart.title);
        expect(div.getAttribute("data-lang")).toBe(lang === "en" ? null : lang);
        expect(div.querySelector("a")!.getAttribute("href")).toBe(absolute(SITE, paths.chart(chart.id, lang)));
        const img = div.querySelector("img")!;
        const phone = standaloneSvg(chart, imageLabels(chart, text), ARTBOARDS[0]);
        expect(img.getAttribute("src")).toBe(absolute(SITE, paths.image(chart.id, "png", lang, "phone")));
        expect(img.getAttribute("alt")).toBe(chart.alt);
        expect([Number(img.getAttribute("width")), Number(img.getAttribute("height"))]).toEqual([
          Math.round(phone.width),
          Math.round(phone.height),
        ]);
      });
    }
  }

  it("writes the theme into both codes, light (the default) as no theme at all", () => {
    const { text, charts } = siteCharts("en");
    const chart = charts[0]!;
    expect(embedCodes(chart, text, SITE, "light")).toEqual(embedCodes(chart, text, SITE));
    for (const theme of ["dark", "auto"] as const) {
      const { script, iframe } = embedCodes(chart, text, SITE, theme);
      expect(parse(script).querySelector("[data-arms-embed]")!.getAttribute("data-theme")).toBe(theme);
      expect(parse(iframe).querySelector("iframe")!.getAttribute("src")).toBe(
        absolute(SITE, paths.embed(chart.id, "en", theme)),
      );
    }
  });

  it("escapes a title and an alt text that look like markup", () => {
    const { text, charts } = siteCharts("en");
    const chart = { ...charts[0]!, title: `"<70%" & 'more'`, alt: `</a><script>x</script>` };
    const { script, iframe } = embedCodes(chart, text, SITE);
    expect(parse(iframe).querySelector("iframe")!.getAttribute("title")).toBe(chart.title);
    expect(parse(script).querySelector("[data-arms-embed]")!.getAttribute("data-title")).toBe(chart.title);
    expect(parse(script).querySelector("img")!.getAttribute("alt")).toBe(chart.alt);
    expect(parse(script).querySelectorAll("script").length).toBe(1);
  });
});
