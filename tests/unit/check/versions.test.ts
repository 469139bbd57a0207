// No silent change to a published number: on a scratch copy of the data, a changed value is
// refused by name until a correction is logged and the next version recorded; then the
// correction travels with the chart (story, embed page, SVG, JSON, /sources/) and the old
// version stays downloadable.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInputs } from "../../../src/check/inputs.ts";
import { changes } from "../../../src/check/versions.ts";
import { recordVersions } from "../../../src/check/record-version.ts";
import { loadVersions } from "../../../src/data/versions.ts";
import { workspace } from "../../support/workspace.ts";
import { ROOT } from "../../support/paths.ts";
import { SITE } from "../../support/site.ts";

const CHART = "origin-share";
const TABLE = "data/context/mexico_trace_aggregates.csv";
const published = loadVersions({ dataDir: join(ROOT, "data") });
const latest = published.index[CHART]!.at(-1)!;

describe("changes between two versions of a chart's CSV", () => {
  const columns = [
    { key: "state", type: "string" },
    { key: "period", type: "string" },
    { key: "count", type: "number" },
    { key: "source", type: "string" },
  ];
  const csv = (rows: string[]) => `\uFEFFstate,period,count,source\r\n${rows.join("\r\n")}\r\n`;
  const TWO = ["Texas,2022,7825,GAO", "Arizona,2022,3969,GAO"];
  it.each([
    {
      name: "a number",
      after: ["Texas,2022,7826,GAO", TWO[1]!],
      value: true,
      field: "count",
      text: "published 7,825, now 7,826",
    },
    {
      name: "a source",
      after: ["Texas,2022,7825,U.S. GAO", TWO[1]!],
      value: true,
      field: "source",
      text: 'published "GAO", now "U.S. GAO"',
    },
    {
      name: "a row added in the middle",
      after: [TWO[0]!, "Ohio,2022,5,GAO", TWO[1]!],
      value: true,
      field: "(row)",
      text: "published no row, now a row",
    },
    {
      name: "the same rows re-sorted",
      after: [TWO[1]!, TWO[0]!],
      value: false,
      field: "(order)",
      text: "published one order, now another",
    },
  ])("names the row and field of $name, and only that", ({ after, value, field, text }) => {
    const found = changes(csv(TWO), csv(after), { columns: columns as never });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field, value });
    expect(`published ${found[0]!.published}, now ${found[0]!.now}`).toBe(text);
  });
  it("treats a row's period as part of what it names: a changed period is a row gone and a row new, both values", () => {
    const found = changes(csv(TWO), csv(["Texas,2023,7825,GAO", TWO[1]!]), { columns: columns as never });
    expect(found.map((c) => [c.field, c.value])).toEqual([
      ["(row)", true],
      ["(row)", true],
    ]);
  });
});

describe("a published value changed on a scratch copy", () => {
  const ws = workspace("versions");
  const paths = { root: ws.root, seedsDir: ws.seedsDir, dataDir: ws.dataDir };
  // Today's published value of the ATF count, from the recorded version (not typed in here).
  const v1 = csvParse(published.snapshot(CHART, latest.version).replace(/^\uFEFF/, ""));
  const atf = v1.find((r) => r["series"] === "atf")!;
  const before = Number(atf["us_sourced"]);
  const after = before + 1;
  const earlier = {
    id: "atf-count-test-earlier",
    chart: CHART,
    date: "2031-01-10",
    source_id: atf["source_id"]!.split(";")[0]!,
    en: {
      what: "A first correction logged before the version was recorded.",
      why: "Two corrections can be logged before one version.",
    },
    es: {
      what: "Una primera corrección registrada antes de la versión.",
      why: "Se pueden registrar dos correcciones antes de una versión.",
    },
  };
  const correction = {
    id: "atf-count-test",
    chart: CHART,
    date: "2031-01-15",
    source_id: atf["source_id"]!.split(";")[0]!,
    en: {
      what: `The ATF count of US-sourced guns is ${after}, not ${before}.`,
      why: "The outlet corrected its report.",
    },
    es: { what: `El conteo de la ATF es ${after}, no ${before}.`, why: "El medio corrigió su nota." },
  };

  beforeAll(() => {
    const file = join(ws.root, TABLE);
    const text = readFileSync(file, "utf8");
    expect(text.split(`,${before},`).length - 1).toBe(1);
    writeFileSync(file, text.replace(`,${before},`, `,${after},`));
  });

  it("is refused by the check, naming chart, row and field, with the old and new values", () => {
    const { lines } = checkInputs(paths);
    expect(lines).toContain(
      `Version error: ${CHART}: row "atf / ${atf["period"]}", field "us_sourced": published ${before.toLocaleString("en-US")} (version ${latest.version}, ${latest.date}), now ${after.toLocaleString("en-US")}: log a correction in data/corrections.json, then npm run record-version`,
    );
  });

  it("cannot be recorded as a new version without a correction", () => {
    expect(() => recordVersions(paths, "2031-01-16")).toThrow(
      new RegExp(`${CHART}: \\d value\\(s\\) changed and no correction is logged`),
    );
  });

  it("with a correction logged, is refused until the version is recorded, then passes", () => {
    writeFileSync(join(ws.dataDir, "corrections.json"), JSON.stringify([earlier, correction], null, 2));
    expect(
      checkInputs(paths).lines.some((l) =>
        l.includes(`correction "${earlier.id}", correction "${correction.id}" logged: record the new version`),
      ),
    ).toBe(true);
    const done = recordVersions(paths, "2031-01-16");
    // Every correction logged since the last version is recorded with it, dated as the newest.
    expect(done).toContain(
      `${CHART}: version ${latest.version + 1} (${correction.date}), correction "${earlier.id}", correction "${correction.id}"`,
    );
    expect(checkInputs(paths).lines).toEqual([]);
    // Recording again finds nothing to do.
    expect(recordVersions(paths, "2031-01-17")).toEqual([]);
  });

  describe("the built site", () => {
    const out = join(ws.root, "dist");
    beforeAll(() => {
      rmSync(out, { recursive: true, force: true });
      const run = spawnSync(process.execPath, ["scripts/build.mjs"], {
        cwd: ROOT,
        encoding: "utf8",
        env: {
          ...process.env,
          STORY_SITE: SITE,
          STORY_SEEDS_DIR: ws.seedsDir,
          STORY_DATA_DIR: ws.dataDir,
          STORY_OUT_DIR: out,
        },
      });
      expect(run.status, run.stderr).toBe(0);
    }, 300_000);
    const read = (f: string) => readFileSync(join(out, f), "utf8");
    const notice = (html: string) =>
      parseHTML(html).document.querySelector(`#chart-${CHART} .chart-updated`)?.textContent ?? "";

    it("shows the correction under the chart's title on the story and on its embed page, in both editions", () => {
      for (const [page, words] of [
        ["index.html", correction.en],
        [`embed/${CHART}/index.html`, correction.en],
        ["es/index.html", correction.es],
        [`es/embed/${CHART}/index.html`, correction.es],
      ] as const) {
        expect(notice(read(page)), page).toContain(words.what);
      }
      // Charts without a correction say nothing.
      expect(parseHTML(read("index.html")).document.querySelectorAll(".chart-updated")).toHaveLength(1);
    });

    it("carries it in the SVG and PNG downloads and in the JSON with every version", () => {
      expect(read(`data/${CHART}.svg`)).toContain(correction.en.what);
      expect(read(`es/data/${CHART}.svg`)).toContain(correction.es.what);
      const json = JSON.parse(read(`data/${CHART}.json`));
      expect(json.chart.version).toBe(latest.version + 1);
      expect(json.chart.versions.map((v: { version: number }) => v.version)).toEqual(
        [...Array(latest.version + 1).keys()].map((i) => i + 1),
      );
      expect(json.chart.versions.at(-1).corrections.map((c: { id: string }) => c.id)).toEqual([
        earlier.id,
        correction.id,
      ]);
      expect(json.chart.versions.at(-1).corrections[1]).toMatchObject({
        id: correction.id,
        what: correction.en.what,
        source_id: correction.source_id,
      });
      expect(json.chart.translations.es.versions.at(-1).corrections[1].what).toBe(correction.es.what);
    });

    it("keeps the old version downloadable byte for byte, and lists it in the data package", () => {
      expect(read(`data/${CHART}.v${latest.version}.csv`)).toBe(published.snapshot(CHART, latest.version));
      expect(read(`data/${CHART}.v${latest.version + 1}.csv`)).toBe(read(`data/${CHART}.csv`));
      expect(read(`data/${CHART}.v${latest.version}.json`)).toBe(published.snapshotJson(CHART, latest.version));
      const old = JSON.parse(read(`data/${CHART}.v${latest.version}.json`));
      expect(old.rows.find((r: { series: string }) => r.series === "atf").us_sourced).toBe(before);
      const pkg = JSON.parse(read("data/datapackage.json"));
      expect(pkg.version).toBe("1.2.0");
      expect(pkg.resources.find((r: { name: string }) => r.name === CHART).versions).toHaveLength(latest.version + 1);
    });

    it("lists it on /sources/ in both editions", () => {
      expect(parseHTML(read("sources/index.html")).document.querySelector(".site-corrections")?.textContent).toContain(
        correction.en.what,
      );
      expect(
        parseHTML(read("es/sources/index.html")).document.querySelector(".site-corrections")?.textContent,
      ).toContain(correction.es.what);
      expect(existsSync(join(out, `data/${CHART}.v${latest.version + 1}.json`))).toBe(true);
    });
  });
});
