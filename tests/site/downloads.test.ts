import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { DIST, decodeEntities, readDist } from "../support/dist.ts";

import { SITE } from "../support/site.ts";

describe("every chart in the registry has every public URL", () => {
  for (const { id } of CHARTS) {
    describe(id, () => {
      it("has its embed page, oEmbed and four downloads", () => {
        for (const path of [
          `embed/${id}/index.html`,
          `oembed/${id}.json`,
          `data/${id}.csv`,
          `data/${id}.json`,
          `data/${id}.svg`,
          `data/${id}.png`,
        ]) {
          expect(existsSync(join(DIST, path)), path).toBe(true);
        }
      });

      it("CSV: BOM, header of the JSON's columns, as many rows as the JSON", () => {
        const csv = readDist(`data/${id}.csv`);
        const json = JSON.parse(readDist(`data/${id}.json`));
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        const rows = csvParse(csv.slice(1));
        expect(rows.columns).toEqual(json.columns.map((c: { key: string }) => c.key));
        expect(rows.length).toBe(json.rows.length);
        expect(rows.columns).toEqual(expect.arrayContaining(["source_id", "source", "flag"]));
        for (const r of rows) expect(r["flag"]).toMatch(/^(V|V2|C|X)(\/(V|V2|C|X))*$/);
      });

      it("JSON: chart metadata with sources and licence, described columns, rows", () => {
        const json = JSON.parse(readDist(`data/${id}.json`));
        expect(json.chart.id).toBe(id);
        expect(json.chart.title.length).toBeGreaterThan(10);
        expect(json.chart.license.name).toBe("CC-BY-4.0");
        expect(json.chart.sources.length).toBeGreaterThan(0);
        for (const s of json.chart.sources) expect(s.url === null || s.url.startsWith("http")).toBe(true);
        for (const c of json.columns) expect(c.description.length).toBeGreaterThan(3);
      });

      it("oEmbed: a valid rich response whose HTML WordPress accepts from an unknown provider", () => {
        for (const [file, prefix] of [
          [`oembed/${id}.json`, ""],
          [`es/oembed/${id}.json`, "/es"],
        ] as const) {
          const o = JSON.parse(readDist(file));
          expect(o).toMatchObject({ version: "1.0", type: "rich" });
          for (const k of ["title", "provider_name", "provider_url", "html", "width", "height", "thumbnail_url"])
            expect(o[k], k).toBeTruthy();
          expect(o.thumbnail_url).toBe(`${SITE}${prefix}/data/${id}.png`);
          // WordPress keeps only <a href>, <blockquote> and <iframe src width height frameborder
          // scrolling title ...>, needs the iframe, and keeps a blockquote only before it
          // (wp_filter_oembed_result). What it strips (style, loading, the loader) is for other hosts.
          const kept = o.html.replace(/<\/?script[^>]*>/g, "").replace(/ (style|loading)="[^"]*"/g, "");
          const m = /^<blockquote><a href="([^"]+)">[^<]+<\/a><\/blockquote><iframe ([^>]+)><\/iframe>$/.exec(kept);
          expect(m, kept).not.toBeNull();
          expect(m![1]).toBe(`${SITE}${prefix}/#chart-${id}`);
          expect(m![2]).toContain(`src="${SITE}${prefix}/embed/${id}/"`);
          expect(m![2]).toContain('width="100%"');
          expect(m![2]).toContain(`height="${o.height}"`);
          // A chart taller than WordPress's 1,000 px cap scrolls in its frame: never scrolling="no".
          expect(m![2]).not.toContain("scrolling");
          expect(o.html).toContain(`<script async src="${SITE}/embed.js"></script>`);
        }
      });

      it("oEmbed: the thumbnail's size is the PNG's (each edition's own)", () => {
        for (const file of [`oembed/${id}.json`, `es/oembed/${id}.json`]) {
          const o = JSON.parse(readDist(file));
          const png = readFileSync(join(DIST, new URL(o.thumbnail_url).pathname));
          expect([o.thumbnail_width, o.thumbnail_height], file).toEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
        }
      });

      it("PNG: a real image, twice the SVG's width", () => {
        const png = readFileSync(join(DIST, "data", `${id}.png`));
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(readDist(`data/${id}.svg`))![1]);
        expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
      });

      it("SVG: standalone, with its title, description and fonts declared", () => {
        const svg = readDist(`data/${id}.svg`);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toMatch(/<title>[^<]+<\/title><desc>[^<]+<\/desc>/);
        expect(svg).toContain("font-family");
        expect(svg).not.toContain("var(--");
      });

      it("embed page: noindex, canonical to the story's chart, oEmbed link, social image, embed id", () => {
        const { document } = parseHTML(readDist(`embed/${id}/index.html`));
        expect(document.documentElement.getAttribute("data-embed-id")).toBe(id);
        expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}/#chart-${id}`);
        expect(
          document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href"),
        ).toBe(`${SITE}/oembed/${id}.json`);
        expect(document.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
          `${SITE}/data/${id}.png`,
        );
        expect(document.querySelector(`figure#chart-${id} table`)).not.toBeNull();
        expect(document.querySelector("header.site-header")).toBeNull();
      });
    });
  }

  it("the data package lists every chart's table with its schema", () => {
    const pkg = JSON.parse(readDist("data/datapackage.json"));
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(CHARTS.map((c) => c.id));
    for (const r of pkg.resources) {
      expect(existsSync(join(DIST, "data", r.path)), r.path).toBe(true);
      const header = csvParse(readDist(`data/${r.path}`).slice(1)).columns;
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      expect(r.licenses.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it("the gallery shows every chart with both embed codes and the theme choice", () => {
    const { document } = parseHTML(readDist("charts/index.html"));
    for (const { id } of CHARTS) {
      const item = document.querySelector(`#${id}`);
      expect(item, id).not.toBeNull();
      expect(item!.querySelectorAll("iframe").length).toBe(2);
      // linkedom keeps a textarea's character references as written; a browser decodes them.
      const code = (kind: string) =>
        decodeEntities(item!.querySelector(`textarea[data-embed-kind="${kind}"]`)?.innerHTML ?? "");
      expect(code("script")).toContain(`<div data-arms-embed="${id}"`);
      expect(code("iframe")).toContain(`<iframe src="${SITE}/embed/${id}/"`);
      expect(item!.querySelectorAll('input[type="radio"]').length).toBe(3);
    }
  });
});

describe("the data package says what the files are", () => {
  const pkg = JSON.parse(readDist("data/datapackage.json"));
  it("declares the encoding the CSVs really have (UTF-8 with a byte-order mark)", () => {
    for (const r of pkg.resources) {
      const bom = readDist(`data/${r.path}`).charCodeAt(0) === 0xfeff;
      expect(r.encoding, r.name).toBe(bom ? "utf-8-sig" : "utf-8");
    }
  });
  it("types a column integer exactly when every value in it is a whole number", () => {
    for (const r of pkg.resources) {
      const rows = JSON.parse(readDist(`data/${r.name}.json`)).rows as Array<Record<string, unknown>>;
      for (const f of r.schema.fields) {
        const values = rows.map((row) => row[f.name]).filter((v) => v !== null && v !== "");
        if (f.type === "integer")
          expect(
            values.every((v) => Number.isInteger(Number(v))),
            `${r.name}.${f.name}`,
          ).toBe(true);
        if (f.type === "number")
          expect(
            values.some((v) => !Number.isInteger(Number(v))),
            `${r.name}.${f.name} is whole numbers only`,
          ).toBe(true);
      }
    }
  });
});

describe("the image a script embed leaves where a CMS strips its script", () => {
  it("is the phone-width PNG, declared at half its pixel size, no wider than a phone's text column", () => {
    for (const page of ["charts/index.html", "es/charts/index.html"]) {
      const { document } = parseHTML(readDist(page));
      for (const t of document.querySelectorAll('textarea[data-embed-kind="script"]')) {
        const tag = /<img [^>]+>/.exec(decodeEntities(t.textContent!))![0];
        const src = /src="([^"]+)"/.exec(tag)![1]!;
        const width = Number(/width="(\d+)"/.exec(tag)![1]);
        expect(src, page).toMatch(/\.phone\.png$/);
        expect(width).toBeLessThanOrEqual(300);
        const png = readFileSync(join(DIST, new URL(src).pathname));
        expect(png.readUInt32BE(16)).toBe(2 * width); // IHDR width: drawn at 2x
      }
    }
  });
});
