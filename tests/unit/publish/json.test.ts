// The JSON download: the rendered chart's rows and columns as they are, its sources, and its
// metadata in each edition, with every address on the given site.
import { describe, expect, it } from "vitest";
import { chartJson } from "../../../src/publish/json.ts";
import { siteCharts } from "../../../src/publish/rendered.ts";
import { DATA_LICENSE, absolute, paths } from "../../../src/publish/urls.ts";

const SITE = "https://charts.newsroom.example";
const en = siteCharts("en");
const es = siteCharts("es");

describe("chartJson", () => {
  for (const chart of en.charts) {
    it(`${chart.id}: rows and columns are the rendered chart's; metadata in English and Spanish`, () => {
      const esChart = es.charts.find((c) => c.id === chart.id)!;
      const json = chartJson({ chart, text: en.text }, SITE, [{ chart: esChart, text: es.text }]);
      expect(json.rows).toEqual(chart.rows);
      expect(json.columns.map((c) => c.key)).toEqual(chart.columns.map((c) => c.key));
      expect(json.columns.map((c) => c.label)).toEqual(chart.columns.map((c) => c.label));
      expect(json.chart).toMatchObject({
        id: chart.id,
        lang: "en",
        title: chart.title,
        description: chart.dek,
        alt: chart.alt,
        notes: chart.notes,
        license: DATA_LICENSE,
      });
      expect(json.chart.sources.map((s) => s.id)).toEqual(chart.sources.map((s) => s.source_id));
      expect(json.chart.url).toBe(absolute(SITE, paths.chart(chart.id, "en")));
      expect(json.chart.images.png).toBe(absolute(SITE, paths.image(chart.id, "png", "en")));
      const t = json.chart.translations["es"]!;
      expect(t).toMatchObject({ title: esChart.title, description: esChart.dek, notes: esChart.notes });
      expect(t.url).toBe(absolute(SITE, paths.chart(chart.id, "es")));
      expect(Object.keys(t.columns)).toEqual(json.columns.map((c) => c.key));
      expect(t.attribution === null).toBe(esChart.reportedBy.length === 0);
      // A coded cell's words are the table's: what chart.cell writes for that code.
      for (const [column, words] of Object.entries(t.cells)) {
        for (const [code, shown] of Object.entries(words)) expect(shown).toBe(esChart.cell(column, code));
      }
      for (const v of json.chart.versions)
        expect(v.csv).toBe(absolute(SITE, paths.dataVersion(chart.id, v.version, "csv")));
    });
  }
});
