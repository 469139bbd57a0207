import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadStory } from "../../src/data/story.ts";
import { renderClaimText } from "../../src/data/claims.ts";
import { formatDate } from "../../src/data/format.ts";
import { ROOT } from "../support/paths.ts";

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
    for (const c of story.claims.filter((c) => c.figure)) {
      const note = document.querySelector(`#record-${c.id}`);
      expect(note, c.id).not.toBeNull();
      expect(note!.textContent).toContain(renderClaimText(c, c.findingTemplate));
      let before = note!.previousElementSibling;
      while (before && !before.matches("p.body")) before = before.previousElementSibling;
      expect(before?.textContent, c.id).toContain(c.figure!.quote);
    }
  });

  it("lists each correction the record makes to the article", () => {
    for (const c of story.claims.filter((c) => c.correctionTemplate)) {
      expect(document.querySelector(`#correction-${c.id}`)?.textContent).toBe(renderClaimText(c, c.correctionTemplate!));
    }
  });

  it("shows no withheld (R) value", () => {
    // A withheld row's text cells (events, places) must not reach the page.
    for (const rows of Object.values(story.record.withheld)) {
      for (const r of rows) {
        for (const [field, value] of Object.entries(r.raw)) {
          if (/source|flag|method|note/.test(field) || value.length < 8) continue;
          if (story.article.text.includes(value)) continue;
          expect(text, `${r.table} row ${r.index + 1} ${field}`).not.toContain(value);
        }
      }
    }
  });
});
