// oEmbed responses: a rich response for each published width whose height is embed-height's
// computation at that width and whose html frames the chart's embed page at the given address.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { embedHeights } from "../../../src/publish/embed-height.ts";
import { OEMBED_DEFAULT_WIDTH, OEMBED_WIDTHS, oembed, oembedHtml } from "../../../src/publish/oembed.ts";
import { chartImage, siteCharts } from "../../../src/publish/rendered.ts";
import { absolute, paths } from "../../../src/publish/urls.ts";

const SITE = "https://charts.newsroom.example";

describe("oembed", () => {
  it("publishes the default width among its widths", () => {
    expect(OEMBED_WIDTHS).toContain(OEMBED_DEFAULT_WIDTH);
  });

  for (const lang of ["en", "es"]) {
    const { text, charts } = siteCharts(lang);
    for (const chart of charts) {
      it(`${lang} ${chart.id}: at each width, the computed height and an iframe of the embed page`, () => {
        const image = chartImage(chart.id, lang);
        expect(oembed(chart.id, lang, SITE)).toEqual(oembed(chart.id, lang, SITE, OEMBED_DEFAULT_WIDTH));
        for (const width of OEMBED_WIDTHS) {
          const o = oembed(chart.id, lang, SITE, width);
          expect(o).toMatchObject({
            version: "1.0",
            type: "rich",
            title: chart.title,
            provider_name: text.ui["siteName"],
            provider_url: absolute(SITE, paths.story(lang)),
            width,
          });
          expect(o.height).toBe(embedHeights(chart, text).at(width));
          expect(o.thumbnail_url).toBe(absolute(SITE, paths.image(chart.id, "png", lang)));
          expect([o.thumbnail_width, o.thumbnail_height]).toEqual([2 * image.width, 2 * image.height]);
          expect(o.html).toBe(oembedHtml(chart, SITE, lang, o.height));
          const { document } = parseHTML(`<!doctype html><html><body>${o.html}</body></html>`);
          const frame = document.querySelector("iframe")!;
          expect(frame.getAttribute("src")).toBe(absolute(SITE, paths.embed(chart.id, lang)));
          expect(frame.getAttribute("height")).toBe(String(o.height));
          expect(frame.getAttribute("width")).toBe("100%");
          expect(frame.hasAttribute("scrolling")).toBe(false);
          expect(document.querySelector("blockquote a")!.getAttribute("href")).toBe(
            absolute(SITE, paths.chart(chart.id, lang)),
          );
          expect(document.querySelector("script")!.getAttribute("src")).toBe(absolute(SITE, paths.loader()));
        }
      });
    }
  }

  it("escapes a title that looks like markup, in the link and the iframe", () => {
    const chart = { ...siteCharts("en").charts[0]!, title: `"<70%" & 'more'` };
    const { document } = parseHTML(`<!doctype html><html><body>${oembedHtml(chart, SITE, "en", 500)}</body></html>`);
    expect(document.querySelector("blockquote a")!.textContent).toBe(chart.title);
    expect(document.querySelector("iframe")!.getAttribute("title")).toBe(chart.title);
  });
});
