import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { distFiles, readDist } from "../support/dist.ts";
import { loadText } from "../../src/i18n/text.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { formatDate, formatNumber, formatPercent } from "../../src/data/format.ts";
import { loadStory } from "../../src/data/story.ts";
import { quoteMarkFaults, quotedSpeakers, speakersOf } from "../support/spanish-quotes.ts";

const en = loadText("en");
const es = loadText("es");
const story = loadStory();
const esPages = distFiles().filter((f) => f.startsWith("es/") && f.endsWith(".html"));
const enPages = distFiles().filter((f) => !f.startsWith("es/") && f.endsWith(".html"));

describe("the Spanish edition in dist/", () => {
  it("has the story, gallery, sources and an embed page per chart", () => {
    expect(esPages).toEqual(
      expect.arrayContaining([
        "es/index.html",
        "es/charts/index.html",
        "es/sources/index.html",
        ...CHARTS.map((c) => `es/embed/${c.id}/index.html`),
      ]),
    );
    for (const c of CHARTS) expect(distFiles()).toContain(`es/oembed/${c.id}.json`);
  });

  it('marks every Spanish page lang="es" and every page with hreflang alternates for both editions', () => {
    for (const page of esPages)
      expect(parseHTML(readDist(page)).document.documentElement.getAttribute("lang"), page).toBe("es");
    // The 404 page answers any missing address, so it has no alternates (its language link leads to the other story).
    for (const page of [...esPages, ...enPages].filter((p) => !p.endsWith("404.html"))) {
      const { document } = parseHTML(readDist(page));
      const langs = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) =>
        l.getAttribute("hreflang"),
      );
      expect(langs, page).toEqual(expect.arrayContaining(["en", "es"]));
    }
  });

  it("writes numbers and dates the es-MX way, in the charts and their tables", () => {
    const html = readDist("es/index.html");
    const { document } = parseHTML(html);
    const text = document.body.textContent ?? "";
    // "27 de julio de 2023", with no-break spaces: a date never splits across lines.
    const date = formatDate(story.article.published, "es-MX");
    expect(date).toMatch(
      new RegExp(`^\\d{1,2}\u00a0de\u00a0\\p{Ll}+\u00a0de\u00a0${story.article.published.slice(0, 4)}$`, "u"),
    );
    expect(text).toContain(date);
    // The article's figures, as the Spanish text writes them (data/figures.json).
    for (const f of story.figures.filter((f) => f.unit === "percent"))
      expect(text).toContain(formatPercent(Number(f.value), "es-MX"));
    for (const f of story.figures.filter((f) => f.unit === "weapons per year"))
      expect(text).toContain(formatNumber(Number(f.value), "es-MX"));
    // The published rows (the JSON download), as the Spanish table and drawing write them.
    const rows = JSON.parse(readDist("data/origin-share.json")).rows as Array<{
      share_pct: number;
      us_sourced: number | null;
    }>;
    const table = document.querySelector("#chart-origin-share table")!.textContent!;
    const svgText = [...document.querySelectorAll("#chart-origin-share .artboard text")]
      .map((t) => t.textContent)
      .join(" ");
    const counted = rows.filter((r) => r.us_sourced !== null);
    expect(counted.length).toBeGreaterThan(0);
    for (const r of counted) {
      expect(table).toContain(formatNumber(r.us_sourced!, "es-MX"));
      expect(svgText).toContain(formatPercent(r.share_pct, "es-MX"));
    }
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
    for (const [page, text] of [
      ["index.html", en],
      ["es/index.html", es],
    ] as const) {
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
    const esStates = [
      ...parseHTML(readDist("es/index.html")).document.querySelectorAll("#chart-source-states table tbody td"),
    ].map((td) => td.textContent);
    expect(esStates).toContain(es.names["New Mexico"]);
    expect(readDist("data/us-gun-sellers.csv")).toContain("type01_dealer");
  });

  it("marks the article as a translation and links to the English text", () => {
    const { document } = parseHTML(readDist("es/index.html"));
    expect(document.querySelector(".translation-note")?.textContent).toContain(es.ui["translationNote"]!);
    expect(document.querySelector('.translation-note a[hreflang="en"]')?.getAttribute("href")).toBe("/#main");
    expect(document.querySelector("h1")?.textContent).toBe(es.article!.headline);
    // The publisher as its own Spanish service writes it, wherever the page names it.
    const local = es.names[story.article.publisher];
    expect(local).toBeTruthy();
    for (const sel of [".kicker", ".byline"]) expect(document.querySelector(sel)?.textContent).toContain(local);
    for (const line of document.querySelectorAll(".source-line, .kicker, .byline"))
      expect(line.textContent).not.toContain(story.article.publisher);
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
      expect(Object.keys(json.chart.translations.es.columns)).toEqual(
        json.columns.map((col: { key: string }) => col.key),
      );
      expect(json.chart.translations.es.title).not.toBe(json.chart.title);
    }
  });

  /** What a reader of a Spanish page reads: body text (not embed codes), title, and the attributes read aloud or shown. */
  const spanishTexts = (): Array<[string, string]> => {
    const out: Array<[string, string]> = [];
    for (const page of esPages) {
      const { document } = parseHTML(readDist(page));
      const attrs = [...document.querySelectorAll("[aria-label],[title],[alt],meta[content]")].flatMap((el) =>
        ["aria-label", "title", "alt", "content"].map((a) => el.getAttribute(a) ?? "").filter(Boolean),
      );
      for (const t of document.querySelectorAll("textarea, code, pre, [lang='en']")) t.remove();
      // Each block on its own, so a name in one paragraph is not read as the speaker of a quote in another.
      const blocks = [
        ...document.querySelectorAll("p, li, h1, h2, h3, figcaption, caption, td, th, text, title, summary"),
      ].map((el) => el.textContent ?? "");
      for (const t of [...blocks, ...attrs]) out.push([page, t]);
    }
    for (const c of CHARTS) {
      const oembed = JSON.parse(readDist(`es/oembed/${c.id}.json`));
      out.push([`es/oembed/${c.id}.json`, oembed.title]);
      const json = JSON.parse(readDist(`data/${c.id}.json`));
      const t = json.chart.translations.es;
      for (const s of [t.title, t.description, t.alt, ...t.notes]) out.push([`data/${c.id}.json (es)`, s]);
    }
    return out;
  };

  it("quotes the Mexican way, “ ” with ‘ ’ inside, never « » (pages, embeds, oEmbed, the downloads' Spanish text)", () => {
    const texts = spanishTexts();
    expect(texts.length).toBeGreaterThan(esPages.length);
    const faults = texts.flatMap(([where, t]) => quoteMarkFaults(t).map((f) => `${where}: ${f}`));
    expect(faults).toEqual([]);
  });

  it("puts no English-to-Spanish back-translation of a Spanish speaker between quote marks", () => {
    const speakers = speakersOf(story, es);
    expect(speakers.length).toBeGreaterThan(0);
    const found = spanishTexts().flatMap(([where, t]) => quotedSpeakers(t, speakers).map((q) => `${where}: ${q}`));
    expect(found).toEqual([]);
    // The article's speakers are reported, not quoted: each one's Spanish paragraph names them without quote marks.
    const body = [...parseHTML(readDist("es/index.html")).document.querySelectorAll("p.body")].map(
      (p) => p.textContent ?? "",
    );
    for (const q of story.article.quotes.filter((x) => x.speaker && x.location.part === "paragraph")) {
      expect(body[(q.location as { index: number }).index]).not.toMatch(/[“”«»"]/);
    }
  });
});

describe("the Spanish edition's pictures are Spanish", () => {
  const IMAGE = /\/data\/[a-z0-9-]+(\.phone)?\.(png|svg)$/;
  /** Every image address a Spanish page, code or oEmbed response offers, with where it was found. */
  function spanishImages(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const page of esPages) {
      const { document } = parseHTML(readDist(page));
      for (const el of document.querySelectorAll('a[href], img[src], meta[property="og:image"]')) {
        const url = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("content")!;
        if (IMAGE.test(new URL(url, "https://x.invalid").pathname)) out.push([page, url]);
      }
      // The codes in the textareas (linkedom keeps them escaped: the src is still readable).
      for (const t of document.querySelectorAll("textarea")) {
        for (const m of (t.textContent ?? "").matchAll(/src=&quot;([^&]+\.png)&quot;/g))
          out.push([`${page} (code)`, m[1]!]);
      }
    }
    for (const c of CHARTS)
      out.push([`es/oembed/${c.id}.json`, JSON.parse(readDist(`es/oembed/${c.id}.json`)).thumbnail_url]);
    return out;
  }

  it("every image a Spanish page, embed code, og tag or oEmbed response points at is the Spanish file", () => {
    const images = spanishImages();
    // Each chart's SVG and PNG links, og:image, no-script image and thumbnail: well over one per chart.
    expect(images.length).toBeGreaterThan(4 * CHARTS.length);
    const english = images.filter(([, url]) => !new URL(url, "https://x.invalid").pathname.startsWith("/es/data/"));
    expect(english).toEqual([]);
  });

  it("the Spanish images exist and differ from the English ones (their titles are Spanish)", () => {
    for (const c of CHARTS) {
      const [en, es] = [readDist(`data/${c.id}.svg`), readDist(`es/data/${c.id}.svg`)];
      expect(es).not.toBe(en);
      const title = JSON.parse(readDist(`data/${c.id}.json`)).chart.translations.es.title as string;
      expect(es).toContain(
        `<title>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")}</title>`,
      );
      for (const f of [`es/data/${c.id}.png`, `es/data/${c.id}.phone.png`, `data/${c.id}.phone.png`])
        expect(distFiles()).toContain(f);
    }
  });

  it("the JSON download's Spanish block says 'as reported by' in Spanish and writes coded cells in words", () => {
    for (const c of CHARTS) {
      const json = JSON.parse(readDist(`data/${c.id}.json`));
      const t = json.chart.translations.es;
      if (json.chart.attribution) expect(t.attribution).toMatch(new RegExp(`^${es.ui["asReportedBy"]} `));
      else expect(t.attribution).toBeNull();
      // Every code the Spanish table writes in words is in the block, as the table writes it.
      for (const [column, words] of Object.entries(es.charts[c.id]?.cells ?? {})) {
        for (const [code, shown] of Object.entries(words)) {
          if (json.rows.some((r: Record<string, unknown>) => r[column] === code))
            expect(t.cells[column]?.[code], `${c.id} ${column} ${code}`).toBe(shown);
        }
      }
    }
  });
});
