// The data package: one resource per chart, each naming the CSV beside it, its columns typed from
// the rendered rows, its sources and every published version at the given site.
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { dataPackage } from "../../../src/publish/datapackage.ts";
import { siteCharts, siteVersions } from "../../../src/publish/rendered.ts";
import { DATA_LICENSE, absolute, paths } from "../../../src/publish/urls.ts";
import { toCsv } from "../../../src/publish/csv.ts";

const SITE = "https://charts.newsroom.example";
const { text, charts } = siteCharts("en");
const corrections = siteVersions().corrections.length;
const pkg = dataPackage(charts, text, corrections, SITE);

describe("dataPackage", () => {
  it("lists every chart once, in story order, with the licence and the site's story as home", () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(charts.map((c) => c.id));
    expect(pkg.homepage).toBe(absolute(SITE, paths.story()));
    expect(pkg.licenses).toEqual([DATA_LICENSE]);
    expect(pkg.version).toBe(`1.${corrections}.0`);
  });

  for (const chart of charts) {
    it(`${chart.id}: the resource is the chart's CSV beside the package, typed from its rows`, () => {
      const r = pkg.resources.find((x) => x.name === chart.id)!;
      // The package sits in the folder of the CSVs, so a relative path resolves to the download.
      const folder = paths.dataPackage().slice(0, paths.dataPackage().lastIndexOf("/") + 1);
      expect(folder + r.path).toBe(paths.data(chart.id, "csv"));
      const csv = csvParse(toCsv(chart.rows, chart.columns).replace(/^\uFEFF/, ""));
      expect(r.schema.fields.map((f) => f.name)).toEqual(csv.columns);
      for (const f of r.schema.fields) {
        const values = csv.map((row) => row[f.name]).filter((v) => v !== "" && v !== undefined);
        if (f.type === "integer")
          expect(
            values.every((v) => /^-?\d+$/.test(v!)),
            f.name,
          ).toBe(true);
        if (f.type === "number")
          expect(
            values.some((v) => !/^-?\d+$/.test(v!)),
            f.name,
          ).toBe(true);
      }
      expect(r.sources.length).toBe(chart.sources.length);
      for (const v of r.versions) expect(v.path).toBe(absolute(SITE, paths.dataVersion(chart.id, v.version, "csv")));
    });
  }
});
