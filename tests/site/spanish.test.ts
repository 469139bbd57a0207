import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { distFiles, readDist } from "../support/dist.ts";
import { loadText } from "../../src/i18n/text.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { formatDate, formatNumber, formatPercent } from "../../src/data/format.ts";
import { loadStory } from "../../src/data/story.ts";

const en = loadText("en");
const es = loadText("es");
const story = loadStory();
const esPages = distFiles().filter((f) => f.startsWith("es/") && f.endsWith(".html"));
const enPages = distFiles().filter((f) => !f.startsWith("es/") && f.endsWith(".html"));

describe("the Spanish edition in dist/", () => {
  it("has the story, gallery, sources and an embed page per chart", () => {
    expect(esPages).toEqual(expect.arrayContaining(["es/index.html", "es/charts/index.html", "es/sources/index.html", ...CHARTS.map((c) => `es/embed/${c.id}/index.html`)]));
    for (const c of CHARTS) expect(distFiles()).toContain(`es/oembed/${c.id}.json`);
  });

  it('marks every Spanish page lang="es" and every page with hreflang alternates for both editions', () => {
    for (const page of esPages) expect(parseHTML(readDist(page)).document.documentElement.getAttribute("lang"), page).toBe("es");
    // The 404 page answers any missing address, so it has no alternates (its language link leads to the other story).
    for (const page of [...esPages, ...enPages].filter((p) => !p.endsWith("404.html"))) {
      const { document } = parseHTML(readDist(page));
      const langs = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute("hreflang"));
      expect(langs, page).toEqual(expect.arrayContaining(["en", "es"]));
    }
  });

  it("writes numbers and dates the es-MX way, in the charts and their tables", () => {
    const html = readDist("es/index.html");
    const { document } = parseHTML(html);
    const text = document.body.textContent ?? "";
    expect(formatDate(story.article.published, "es-MX")).toBe("27 de julio de 2023");
    expect(text).toContain("27 de julio de 2023");
    expect(text).toContain(formatNumber(200000, "es-MX"));
    expect(text).toContain(formatPercent(70, "es-MX"));
    const table = document.querySelector("#chart-origin-share table")!.textContent!;
    expect(table).toContain(formatNumber(83560, "es-MX"));
    const svgText = [...document.querySelectorAll("#chart-origin-share .artboard text")].map((t) => t.textContent).join(" ");
    expect(svgText).toContain(formatPercent(67.5, "es-MX"));
  });

  it("leaves no English interface string on a Spanish page", () => {
    const spanishValues = new Set(Object.values(es.ui));
    const english = Object.values(en.ui).filter((v) => !spanishValues.has(v) && v.length > 3);
    for (const page of esPages) {
      const { document } = parseHTML(readDist(page));
      for (const t of document.querySelectorAll("textarea")) t.remove();
      const text = document.body.textContent ?? "";
      const left = english.filter((s) => text.includes(s));
      expect(left, page).toEqual([]);
    }
  });

  it("writes coded table cells and names in words in each edition (the downloads keep the codes)", () => {
    for (const [page, text] of [["index.html", en], ["es/index.html", es]] as const) {
      const { document } = parseHTML(readDist(page));
      for (const [chart, columns] of Object.entries(text.charts).map(([id, c]) => [id, c.cells] as const)) {
        const cells = [...document.querySelectorAll(`#chart-${chart} table tbody td`)].map((td) => td.textContent);
        for (const [, words] of Object.entries(columns)) {
          for (const [code, label] of Object.entries(words)) {
            if (code !== label) expect(cells, `${page} ${chart}: ${code}`).not.toContain(code);
          }
        }
      }
    }
    const esStates = [...parseHTML(readDist("es/index.html")).document.querySelectorAll("#chart-source-states table tbody td")].map((td) => td.textContent);
    expect(esStates).toContain(es.names["New Mexico"]);
    expect(readDist("data/us-gun-sellers.csv")).toContain("type01_dealer");
  });

  it("marks the article as a translation and links to the English text", () => {
    const { document } = parseHTML(readDist("es/index.html"));
    expect(document.querySelector(".translation-note")?.textContent).toContain(es.ui["translationNote"]!);
    expect(document.querySelector('.translation-note a[hreflang="en"]')?.getAttribute("href")).toBe("/#main");
    expect(document.querySelector("h1")?.textContent).toBe(es.article!.headline);
  });

  it("keeps chart ids and data URLs the same in both editions, and links each chart to its translation", () => {
    const { document } = parseHTML(readDist("es/index.html"));
    for (const c of CHARTS) {
      const fig = document.querySelector(`figure#chart-${c.id}`)!;
      expect(fig.querySelector(`a[href="/data/${c.id}.csv"]`)).not.toBeNull();
      expect(fig.querySelector(`a[hreflang="en"]`)?.getAttribute("href")).toBe(`/#chart-${c.id}`);
    }
  });

  it("ships download metadata in both languages", () => {
    for (const c of CHARTS) {
      const json = JSON.parse(readDist(`data/${c.id}.json`));
      expect(typeof json.chart.translations.es.title).toBe("string");
      expect(Object.keys(json.chart.translations.es.columns)).toEqual(json.columns.map((col: { key: string }) => col.key));
      expect(json.chart.translations.es.title).not.toBe(json.chart.title);
    }
  });
});
