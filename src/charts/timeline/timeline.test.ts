import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { loadStory } from "../../data/story.ts";
import { loadText } from "../../i18n/text.ts";
import { renderChart } from "../../render/chart.ts";
import { chartById } from "../registry.ts";

const story = loadStory();
const en = loadText("en");
const rec = story.record.rows;

describe("timeline rows come from the record", () => {
  it("every dated security, lawsuit and media event that may be published", () => {
    const rows = chartById("timeline").rows(story);
    expect(rows.length).toBe(rec.timeline.filter((r) => r.row.track !== "data").length);
    // The R rows (the record withholds them) are not among them.
    const published = new Set(rec.timeline.map((r) => r.row.date));
    for (const w of story.record.withheld.timeline) {
      expect(
        rows.map((r) => [r.date, r.event]),
        w.row.date,
      ).not.toContainEqual([w.row.date, w.row.event]);
      if (!published.has(w.row.date)) expect(rows.map((r) => r.date)).not.toContain(w.row.date);
    }
  });

  it("the Spanish table names every event in Spanish; the download keeps the record's wording", () => {
    const chart = renderChart(chartById("timeline"), story, loadText("es"));
    const col = chart.table.columns.findIndex((c) => c.key === "event");
    chart.table.rows.forEach((cells, i) => {
      expect(cells[col]).not.toBe(chart.rows[i]!["event"]);
      expect(cells[col]).toBe(chart.tools.label(`event:${chart.rows[i]!["date"]}`));
    });
    expect(chart.rows.map((r) => r["event"])).toEqual(
      rec.timeline.filter((r) => r.row.track !== "data").map((r) => r.row.event),
    );
  });
});

describe("timeline: every event readable without hovering, no two dots overlapping, the article's date the anchor", () => {
  const es = loadText("es");
  const rows = chartById("timeline").rows(story);
  const events = rows.filter((r) => r.track !== "media");
  for (const [lang, t] of [
    ["en", en],
    ["es", es],
  ] as const) {
    const chart = renderChart(chartById("timeline"), story, t);
    for (const { width, svg } of chart.artboards) {
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      const shown = [...document.querySelectorAll("text")]
        .map((x) => [...x.querySelectorAll("tspan")].map((s) => s.textContent).join(" ") || x.textContent)
        .join("\n");
      it(`${lang} ${width} px: each of the ${events.length} events has its name, in the edition's words, on the chart`, () => {
        for (const r of events) {
          const name = chart.tools.label(`event:${r.date}`);
          // Wrapped names are split over lines: compare word by word.
          expect(shown.replace(/\s+/g, " "), name).toContain(name.replace(/\s+/g, " "));
        }
        expect(document.querySelectorAll(".data-mark circle").length).toBe(events.length);
      });
      it(`${lang} ${width} px: no two event dots overlap`, () => {
        const dots = [...document.querySelectorAll(".data-mark circle")].map(
          (c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy")), Number(c.getAttribute("r"))] as const,
        );
        for (let i = 0; i < dots.length; i++)
          for (let j = i + 1; j < dots.length; j++) {
            const [x1, y1, r1] = dots[i]!;
            const [x2, y2, r2] = dots[j]!;
            expect(Math.hypot(x1 - x2, y1 - y2), `${i} ${j}`).toBeGreaterThanOrEqual(r1 + r2);
          }
      });
      it(`${lang} ${width} px: the article's date is a labelled rule across at least half the chart`, () => {
        expect(shown).toContain(chart.tools.note("article"));
        const rule = document.querySelector(".article-rule line")!;
        expect(Number(rule.getAttribute("x2")) - Number(rule.getAttribute("x1"))).toBeGreaterThanOrEqual(width / 2);
      });
    }
  }
});

snapshotArtboards("timeline", import.meta.url);
