import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { csvParse } from "d3";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { ROOT } from "../../../tests/support/paths.ts";
import { TABLES } from "../../data/record.ts";
import { loadStory } from "../../data/story.ts";
import { loadText } from "../../i18n/text.ts";
import { HEAD_LENGTH, HEAD_WIDTH } from "../../map/arrows.ts";
import { flowMapProjection, mapHeight } from "../../map/projection.ts";
import { renderChart } from "../../render/chart.ts";
import { ARTBOARDS } from "../kit/artboards.ts";
import { chartById } from "../registry.ts";
import type { FlowMapRow } from "./spec.ts";

const story = loadStory();
const text = loadText("en");
const spec = chartById("flow-map");
const rows = spec.rows(story) as FlowMapRow[];
const chart = renderChart(spec, story, text);

type Pt = [number, number];
const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const points = (d: string): Pt[] =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const svgDoc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const csvRows = (file: string) => csvParse(readFileSync(join(ROOT, "data", "context", file), "utf8"));
const isR = (flag: string | undefined) => (flag ?? "").split("/").includes("R");
// The trace period the charts show (data/charts.json), and that period's source-state counts, largest first.
const PERIOD = story.charts.latestTracePeriod;
const sourceStates = story.record.rows.us_source_states
  .filter((r) => r.row.period === PERIOD && r.row.count !== null)
  .map((r) => [r.row.state, r.row.count] as const)
  .sort((a, b) => b[1]! - a[1]!);
// The crossings the record withholds (R rows), and every place name they give, a city's other name in brackets included.
const portsCsv = csvRows(TABLES.ports_of_entry.file);
const withheldPorts = portsCsv.filter((r) => isR(r.flag));

describe("flow-map rows", () => {
  const csv = csvRows(TABLES.corridors.file);
  it("are the corridor CSV's rows, largest first, with the CSV's source and flag", () => {
    const corridors = rows.filter((r) => r.kind === "corridor");
    const expected = csv.filter((r) => !isR(r.flag)).sort((a, b) => Number(b.count) - Number(a.count));
    expect(corridors.map((r) => [r.origin, r.destination, r.count, r.share_pct, r.source_id, r.flag])).toEqual(
      expected.map((r) => [r.us_state, r.mx_state, Number(r.count), Number(r.share_pct), r.source_id, r.flag]),
    );
    for (const r of corridors) expect(r.period).toBe(PERIOD);
  });
  it("place each corridor's ends at its states' centroids", () => {
    const rec = story.record.rows;
    for (const r of rows.filter((x) => x.kind === "corridor")) {
      const us = rec.us_state_centroids.find((c) => c.row.state === r.origin)!.row;
      const mx = rec.mx_state_centroids.find((c) => c.row.state === r.destination)!.row;
      expect([r.origin_lon, r.origin_lat, r.destination_lon, r.destination_lat]).toEqual([
        us.lon,
        us.lat,
        mx.lon,
        mx.lat,
      ]);
    }
  });
  it("add the latest trace period's source-state totals, largest first", () => {
    expect(sourceStates.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.kind === "source-state").map((r) => [r.origin, r.count])).toEqual(
      sourceStates.map(([state, count]) => [state, count]),
    );
  });
  it("draw no crossing from an R row, and crossings on their US side only", () => {
    const crossings = rows.filter((r) => r.kind === "crossing");
    const withheld = story.record.withheld.ports_of_entry.map((r) => r.row.us_port);
    expect(withheld.sort()).toEqual(withheldPorts.map((r) => r.us_port).sort());
    for (const name of withheld) expect(crossings.map((r) => r.origin)).not.toContain(name);
    // Every other row of the file is a crossing, with the file's flag (an X row's doubt kept).
    expect(crossings.map((r) => [r.origin, r.flag])).toEqual(
      portsCsv.filter((r) => !isR(r.flag)).map((r) => [r.us_port, r.flag]),
    );
    for (const r of crossings) {
      expect(r.flag.split("/")).not.toContain("R");
      expect(r.destination_lon).toBeNull();
    }
  });
});

describe("flow-map's reader's table", () => {
  it("has no coordinates; its download has them for every row", () => {
    for (const r of chart.rows) expect(typeof r["origin_lon"]).toBe("number");
    expect(chart.table.columns.map((c) => c.key).filter((k) => /_(lon|lat)$/.test(k))).toEqual([]);
  });

  it("names the map's coordinate source for a reader, not as 'npm registry packages'", () => {
    for (const t of [text, loadText("es")]) {
      const rendered = renderChart(spec, story, t);
      const sourceCol = rendered.table.columns.findIndex((c) => c.key === "source");
      for (const cells of rendered.table.rows) expect(cells[sourceCol]).not.toMatch(/npm registry packages/);
      for (const n of rendered.notes) expect(n).not.toMatch(/npm registry packages/);
    }
  });
});

describe.each(ARTBOARDS.map((w) => ({ width: w, svg: chart.artboards.find((a) => a.width === w)!.svg })))(
  "flow-map at $width px",
  ({ width, svg }) => {
    const doc = svgDoc(svg);
    const flows = [...doc.querySelectorAll("g.flow")].map((g) => {
      const line = g.querySelector(".flow-line")!;
      const [tip, left, right] = points(g.querySelector(".flow-head")!.getAttribute("d")!) as [Pt, Pt, Pt];
      return {
        name: g.getAttribute("aria-label")!,
        origin: g.getAttribute("data-origin")!,
        g,
        width: Number(line.getAttribute("stroke-width")),
        headWidth: dist(left, right),
        headLength: dist(tip, [(left[0] + right[0]) / 2, (left[1] + right[1]) / 2]),
      };
    });
    const corridors = rows.filter((r) => r.kind === "corridor");

    it("draws one named, focusable flow per corridor", () => {
      expect(flows.map((f) => f.name).sort()).toEqual(
        corridors.map((r) => `${r.origin} to ${r.destination}: ${r.count!.toLocaleString("en-US")} guns`).sort(),
      );
      // The largest corridor, its count written with the reader's thousands separator.
      const largest = corridors[0]!;
      expect(flows.map((f) => f.name)).toContain(
        `${largest.origin} to ${largest.destination}: ${new Intl.NumberFormat("en-US").format(largest.count!)} guns`,
      );
      for (const f of flows) expect(f.name).toMatch(/^[^:]+ to [^:]+: \d{1,3}(,\d{3})* guns$/);
      for (const f of flows) {
        expect(f.g.getAttribute("tabindex")).toBe("0");
        expect(f.g.getAttribute("role")).toBe("img");
      }
    });

    it("makes flow widths proportional to the count (so monotone in it)", () => {
      const byCount = flows
        .map((f) => ({ ...f, count: Number(f.name.match(/: ([\d,]+) guns$/)![1]!.replace(/,/g, "")) }))
        .sort((a, b) => a.count - b.count);
      for (let i = 1; i < byCount.length; i++) expect(byCount[i]!.width).toBeGreaterThanOrEqual(byCount[i - 1]!.width);
      const perGun = byCount.map((f) => f.width / f.count);
      // Widths are written to 0.1 px: proportional within that rounding.
      for (const f of byCount) expect(Math.abs(f.width - f.count * perGun.at(-1)!)).toBeLessThanOrEqual(0.1);
    });

    it("sizes every arrowhead, flows and key alike, in proportion to its own line", () => {
      const heads = [...doc.querySelectorAll(".flow-head")].map((h) => {
        const line = h.previousElementSibling!;
        const [tip, left, right] = points(h.getAttribute("d")!) as [Pt, Pt, Pt];
        return {
          w: Number(line.getAttribute("stroke-width")),
          across: dist(left, right),
          along: dist(tip, [(left[0] + right[0]) / 2, (left[1] + right[1]) / 2]),
        };
      });
      expect(heads.length).toBeGreaterThanOrEqual(flows.length + 3);
      // Corners are written to 0.1 px, so each measure is exact to within about 0.15 px.
      for (const h of heads) {
        expect(Math.abs(h.across - HEAD_WIDTH * h.w)).toBeLessThan(0.2);
        expect(Math.abs(h.along - HEAD_LENGTH * h.w)).toBeLessThan(0.2);
      }
      expect(new Set(flows.map((f) => f.width)).size).toBeGreaterThan(1);
    });

    it("tags each flow with a source state the reader can hover or focus", () => {
      const states = [...doc.querySelectorAll("circle.source-state")];
      expect(states.map((c) => c.getAttribute("data-origin"))).toEqual(sourceStates.map(([state]) => state));
      for (const c of states) {
        expect(c.getAttribute("tabindex")).toBe("0");
        expect(c.getAttribute("aria-label")).toMatch(/^[A-Za-z ]+: [\d,]+ guns/);
      }
      for (const f of flows) expect(states.map((c) => c.getAttribute("data-origin"))).toContain(f.origin);
    });

    it("draws no withheld (R) crossing, by name or by position", () => {
      const published = new Set(portsCsv.filter((r) => !isR(r.flag)).flatMap((r) => [r.us_port, r.mx_city]));
      const names = withheldPorts
        .flatMap((r) => [r.us_port!, ...r.mx_city!.split(/\s*[()]\s*/)])
        .filter((n) => n && !published.has(n));
      expect(names.length).toBeGreaterThanOrEqual(withheldPorts.length);
      for (const name of names) expect(svg, name).not.toContain(name);
      const p = flowMapProjection(width);
      const dots = [...doc.querySelectorAll(".map-crossing circle")].map(
        (c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))] as Pt,
      );
      expect(dots).toHaveLength(rows.filter((r) => r.kind === "crossing").length);
      for (const r of story.record.withheld.ports_of_entry) {
        for (const at of [
          [r.row.us_lon, r.row.us_lat],
          ...(r.row.mx_lon !== null && r.row.mx_lat !== null ? [[r.row.mx_lon, r.row.mx_lat]] : []),
        ] as Pt[]) {
          const [x, y] = p(at)!;
          for (const d of dots) expect(dist(d, [x, y]), `${r.row.us_port} at ${width}`).toBeGreaterThan(0.5);
        }
      }
    });

    it("sets no font size of its own and keeps text inside the artboard's width", () => {
      expect(svg).not.toMatch(/font-size/);
      for (const t of doc.querySelectorAll("text")) {
        const x = Number(t.getAttribute("transform")!.match(/translate\(([-\d.]+),/)![1]);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
      }
    });

    it("labels fewer places on a phone than on a desktop, never none", () => {
      const labels = doc.querySelectorAll(".map-label text").length;
      expect(labels).toBeGreaterThanOrEqual(5);
      if (width === 300)
        expect(labels).toBeLessThan(
          svgDoc(chart.artboards.find((a) => a.width === 720)!.svg).querySelectorAll(".map-label text").length,
        );
    });
  },
);

describe("flow-map size", () => {
  it("keeps the four artboards well under 60 KiB gzip, map geometry included", () => {
    const all = chart.artboards.map((a) => a.svg).join("");
    expect(gzipSync(all, { level: 9 }).length).toBeLessThan(30 * 1024);
  });
});

describe("flow-map: every circle and arrow end named, countries named, a legend for every mark, at every artboard", () => {
  const es = loadText("es");
  const destinations = rows.filter((r) => r.kind === "corridor");
  const sources = rows.filter((r) => r.kind === "source-state");
  for (const [lang, t] of [
    ["en", text],
    ["es", es],
  ] as const) {
    const rendered = renderChart(spec, story, t);
    const name = (n: string) => t.names[n] ?? n;
    for (const { width, svg } of rendered.artboards) {
      const doc = svgDoc(svg);
      const texts = (cls: string) =>
        [...doc.querySelectorAll(`.${cls} text`)].map((x) => x.textContent!.replace(/\s+/g, " "));
      const lowest = (cls: string) =>
        Math.max(
          ...[...doc.querySelectorAll(`.${cls} text`)].map((x) =>
            Number(x.getAttribute("transform")!.match(/,([-\d.]+)\)/)![1]),
          ),
        );
      it(`${lang} ${width} px: each source state's circle is labelled with its name and total`, () => {
        const labels = texts("map-state-label");
        for (const s of sources)
          expect(
            labels.some((l) => l.includes(name(s.origin)) && l.includes(rendered.tools.number(s.count!))),
            s.origin,
          ).toBe(true);
        expect(doc.querySelectorAll("circle.source-state").length).toBe(sources.length);
      });
      it(`${lang} ${width} px: each arrow's end is named; a count beside it is the route's, with its origin`, () => {
        const labels = texts("map-destination-label");
        expect(labels.length).toBe(destinations.length);
        for (const d of destinations) {
          const label = labels.find((l) => l.startsWith(name(d.destination!)));
          expect(label, d.destination!).toBeDefined();
          // Either the name alone (the legend lists the route and its count) or the count with the route's origin.
          if (label !== name(d.destination!))
            expect(label).toContain(rendered.tools.label("routeFrom", { from: d.origin, count: d.count! }));
        }
      });
      it(`${lang} ${width} px: both countries are named`, () => {
        const countries = texts("map-country").join(" ");
        expect(countries).toContain(rendered.tools.label("mx"));
        expect(
          [rendered.tools.label("us"), rendered.tools.label("usShort")].some(
            (u) =>
              countries.replace(/\s+/g, " ").includes(u.replace(/\s+/g, " ")) || countries.includes(u.split(" ")[0]!),
          ),
        ).toBe(true);
      });
      it(`${lang} ${width} px: the 200,000 claim is a whole-border note in the legend, below the map, with no line to a crossing`, () => {
        const mapH = mapHeight(width);
        expect(texts("map-claim").join(" ")).toContain(rendered.tools.note("inflow").split(" ")[0]);
        expect(lowest("map-claim")).toBeGreaterThan(mapH);
        expect(doc.querySelectorAll("line.annotation-connector, .annotation-connector.c-claim").length).toBe(0);
      });
      it(`${lang} ${width} px: the legend keys circle sizes, arrow widths and the crossings' dots`, () => {
        expect(doc.querySelectorAll(".map-key circle").length).toBeGreaterThanOrEqual(2);
        expect(doc.querySelectorAll(".map-key .flow-head").length).toBeGreaterThanOrEqual(3);
        expect(doc.querySelectorAll(".map-key-crossing circle").length).toBe(1);
        expect(svg).toContain(rendered.tools.label("keyCrossing").split(" ")[0]);
      });
      it(`${lang} ${width} px: Mexico is shaded apart from the US states without data`, () => {
        const land = [...doc.querySelectorAll(".map-land path")].map((p) => Number(p.getAttribute("fill-opacity")));
        const mexico = Number(doc.querySelector(".map-land path.map-mexico")!.getAttribute("fill-opacity"));
        expect(land.filter((o) => o === mexico)).toHaveLength(1);
        for (const o of land) if (o !== mexico) expect(mexico - o).toBeGreaterThanOrEqual(0.1);
      });
    }
  }
});

snapshotArtboards("flow-map", import.meta.url);
