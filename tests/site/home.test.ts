import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadStory } from "../../src/data/story.ts";
import { renderClaimText } from "../../src/data/claims.ts";
import { formatDate } from "../../src/data/format.ts";
import { ROOT } from "../support/paths.ts";
import { distFiles, readDist, TEXT_FILE } from "../support/dist.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { renderChart } from "../../src/render/chart.ts";
import { loadText } from "../../src/i18n/text.ts";

const story = loadStory();
const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
const { document } = parseHTML(html);
const text = document.body.textContent ?? "";

describe("dist/index.html", () => {
  it("is the parsed seed: headline, publisher, date and every paragraph", () => {
    expect(document.querySelector("h1")?.textContent).toBe(story.article.headline.text);
    expect(document.querySelector("time")?.getAttribute("datetime")).toBe(story.article.published);
    expect(text).toContain(formatDate(story.article.published));
    expect(text).toContain(story.article.publisher);
    for (const p of story.article.paragraphs) expect(text).toContain(p.text);
  });

  it("leaves out the site furniture the scraper picked up", () => {
    const storyText = document.querySelector("article")?.textContent ?? "";
    for (const f of story.article.furniture) expect(storyText).not.toContain(f.text);
  });

  it("puts what the record shows right after the paragraph that makes each claim", () => {
    for (const c of story.claims) {
      const note = document.querySelector(`#record-${c.id}`);
      expect(note, c.id).not.toBeNull();
      expect(note!.textContent).toContain(renderClaimText(c, c.findingTemplate));
      let before = note!.previousElementSibling;
      while (before && !before.matches("p.body")) before = before.previousElementSibling;
      expect(before?.textContent, c.id).toContain(c.figure?.quote ?? c.articleSpan.text);
    }
  });

  it("lists each correction the record makes to the article", () => {
    for (const c of story.claims.filter((c) => c.correctionTemplate)) {
      expect(document.querySelector(`#correction-${c.id}`)?.textContent).toBe(
        renderClaimText(c, c.correctionTemplate!),
      );
    }
  });

  it("shows every registered chart with its title, artboards, source line and data table", () => {
    const text = loadText("en");
    for (const spec of CHARTS) {
      const chart = renderChart(spec, story, text);
      const fig = document.querySelector(`figure#chart-${spec.id}`);
      expect(fig, spec.id).not.toBeNull();
      expect(fig!.querySelector(".chart-title")?.textContent).toBe(chart.title);
      expect(fig!.querySelectorAll(".artboard svg").length).toBe(chart.artboards.length);
      expect(fig!.querySelector(".source-line")?.textContent).toMatch(/Sources?/);
      expect(fig!.querySelectorAll("table tbody tr").length).toBe(chart.rows.length);
      if (chart.reportedBy.length > 0) {
        // Said where the values are shown: not folded inside a closed <details>.
        const line = [...fig!.querySelectorAll(".reported")].find((e) =>
          e.textContent!.includes(`as reported by ${chart.reportedBy.join(", ")}`),
        );
        expect(line, spec.id).toBeDefined();
        expect(line!.closest("details"), spec.id).toBeNull();
      }
    }
  });
});

describe("all of dist/", () => {
  it("holds no withheld (R) value in any page, data file or script", () => {
    const files = distFiles().filter((f) => TEXT_FILE.test(f));
    expect(files.length).toBeGreaterThan(2);
    const corpus = files.map(readDist).join("\n");
    let checked = 0;
    for (const rows of Object.values(story.record.withheld)) {
      for (const r of rows) {
        for (const [field, value] of Object.entries(r.raw)) {
          // Distinctive cells only: flags, ids and short values (a year, "CA") are shared with published rows.
          if (/source|flag|method|note|state|mx_city|format|ids|use|license|version/.test(field) || value.length < 5)
            continue;
          if (story.article.text.includes(value)) continue;
          if (Object.values(story.record.rows).some((pub) => pub.some((p) => Object.values(p.raw).includes(value))))
            continue;
          checked++;
          expect(corpus.includes(value), `${r.table} row ${r.index + 1} ${field} = ${value}`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
