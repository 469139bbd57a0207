// Every bad-input rule has a fixture (tests/fixtures/bad-input/<case>/, laid over a copy of the
// real data): check-data must refuse it with one line naming file, place and field, and so must
// the real build (`node scripts/build.mjs`), which writes no output. Markup-like text is the one
// fixture that must pass: it is drawn literally, PNG included.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SITE } from "../../support/site.ts";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/data/errors.ts";
import { loadStory } from "../../../src/data/story.ts";
import { checkInputs } from "../../../src/check/inputs.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { chartById } from "../../../src/charts/registry.ts";
import { renderChart } from "../../../src/render/chart.ts";
import { standaloneSvg } from "../../../src/publish/standalone-svg.ts";
import { svgToPng } from "../../../src/publish/png.ts";
import { ROOT, SEED_NAME } from "../../support/paths.ts";
import { workspace } from "../../support/workspace.ts";

const FIXTURES = join(ROOT, "tests", "fixtures", "bad-input");
const CHARS = "; remove it (it is invisible in an editor and breaks pages, downloads or PNGs)";

interface Case {
  name: string;
  file: string;
  where: string;
  field: string;
  /** The problem, as the line ends (or a part of it). */
  problem: string;
}

/** Fixtures that must be refused, each with the one line it must produce. */
const CASES: Case[] = [
  // The first nine: columns, numbers, sources, flags, R values, the seed and figures.
  {
    name: "missing-column",
    file: "data/context/ffl_counts.csv",
    where: "line 1 (header)",
    field: "total_active_ffl",
    problem: "missing column (header has: fiscal_year, ",
  },
  {
    name: "non-numeric",
    file: "data/context/corridors_2022_2023.csv",
    where: "row 2 (line 3)",
    field: "count",
    problem: 'expected a count (a whole number, 0 or more), got "1,191"',
  },
  {
    name: "unknown-source",
    file: "data/context/gun_stores.csv",
    where: "row 3 (line 4)",
    field: "source_id",
    problem: 'unknown source id "S99" (not in sources.csv)',
  },
  {
    name: "unknown-flag",
    file: "data/context/timeline.csv",
    where: "row 13 (line 14)",
    field: "flag",
    problem: 'unknown flag "Q"',
  },
  {
    name: "quote-not-in-seed",
    file: "data/figures.json",
    where: 'figures[0] (id "us-share-of-seized-guns")',
    field: "quote",
    problem: "not found verbatim in seeds/",
  },
  {
    name: "seed-without-date",
    file: `seeds/${SEED_NAME}`,
    where: "whole file",
    field: "publication date",
    problem: 'no line like "Published July 27, 2023" was found',
  },
  {
    name: "extra-cell",
    file: "data/context/lawsuit_defendants.csv",
    where: "row 7 (line 8)",
    field: "flag",
    problem: "has 7 cells, the header 6 (an unquoted comma?)",
  },
  {
    name: "said-not-in-seed",
    file: "data/figures.json",
    where: 'figures[1] (id "annual-inflow")',
    field: "said",
    problem: "2023-07-25 is neither the publication date",
  },
  // Text: control, bidi and zero-width characters, and length per kind of field, in every table and text file.
  {
    name: "control-character",
    file: "data/context/lawsuit_defendants.csv",
    where: "row 3 (line 4)",
    field: "defendant",
    problem: `contains U+0000 NUL, a control character at character 8${CHARS}`,
  },
  {
    name: "bidi-control",
    file: "data/context/sources.csv",
    where: "row 2 (line 3)",
    field: "title",
    problem: `contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control at character 1${CHARS}`,
  },
  {
    name: "zero-width",
    file: "data/context/timeline.csv",
    where: "row 8 (line 9)",
    field: "event",
    problem: `contains U+200B ZERO WIDTH SPACE at character 17${CHARS}`,
  },
  {
    name: "too-long",
    file: "data/context/gun_stores.csv",
    where: "row 3 (line 4)",
    field: "note",
    problem: "is 100016 characters long; a note field may hold at most 1000",
  },
  {
    name: "bidi-in-text-file",
    file: "data/text/en.json",
    where: "charts.source-states",
    field: "title",
    problem: `contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control at character 22${CHARS}`,
  },
  {
    name: "control-in-claims",
    file: "data/claims.json",
    where: 'claims[1] (id "annual-flow")',
    field: "finding",
    problem: `contains U+0007 a control character at character 258${CHARS}`,
  },
  {
    name: "long-figure-quote",
    file: "data/figures.json",
    where: "notCharted[0]",
    field: "reason",
    problem: "is 1001 characters long; a note field may hold at most 1000",
  },
  // Numbers: each column's domain.
  {
    name: "negative-count",
    file: "data/context/corridors_2022_2023.csv",
    where: "row 4 (line 5)",
    field: "count",
    problem: "expected a count (a whole number, 0 or more), got -831",
  },
  {
    name: "share-over-100",
    file: "data/context/corridors_2022_2023.csv",
    where: "row 5 (line 6)",
    field: "share_pct",
    problem: "expected a share in percent, from 0 to 100, got 143",
  },
  {
    name: "shares-over-100-in-group",
    file: "data/context/us_source_states.csv",
    where: "row 3 (line 4)",
    field: "share_pct",
    problem: 'the shares of period "2022-2023" add up to 125 % (rows 1, 2, 3), more than 100 % plus rounding (1.5)',
  },
  {
    name: "implausible-year",
    file: "data/context/ffl_counts.csv",
    where: "row 5 (line 6)",
    field: "fiscal_year",
    problem: "expected a year from 1900 to 2100, got 20233",
  },
  {
    name: "implausible-year-in-period",
    file: "data/context/us_source_states.csv",
    where: "row 8 (line 9)",
    field: "period",
    problem: '"20211" is not a plausible year (1900-2100)',
  },
  {
    name: "huge-number",
    file: "data/context/gun_stores.csv",
    where: "row 1 (line 2)",
    field: "count",
    problem: "expected a count (a whole number, 0 or more), got a 310-digit number too large to store exactly",
  },
  {
    name: "percent-unit-over-100",
    file: "data/context/mexico_trace_aggregates.csv",
    where: "row 15 (line 16)",
    field: "value",
    problem: "expected a share in percent, from 0 to 100 (the unit is percent), got 163",
  },
  {
    name: "range-inverted",
    file: "data/context/flow_estimates.csv",
    where: "row 1 (line 2)",
    field: "low",
    problem: "is 306700, above the central estimate 253000",
  },
  {
    name: "latitude-out-of-range",
    file: "data/context/ports_of_entry.csv",
    where: "row 3 (line 4)",
    field: "us_lat",
    problem: "expected a latitude, from -90 to 90, got 132.67895",
  },
  // Dates: real calendar days.
  {
    name: "impossible-date",
    file: "data/context/timeline.csv",
    where: "row 8 (line 9)",
    field: "date",
    problem: '"2023-02-30" is not a calendar date: 2023-02 has no day 30',
  },
  {
    name: "month-13",
    file: "data/context/timeline.csv",
    where: "row 8 (line 9)",
    field: "date",
    problem: '"2023-13-09" is not a calendar date: there is no month 13',
  },
  // Structure.
  {
    name: "duplicate-claim-id",
    file: "data/claims.json",
    where: 'claims[3] (id "annual-flow")',
    field: "id",
    problem: "duplicate id: claims[1] has it too",
  },
  {
    name: "duplicate-row",
    file: "data/context/lawsuit_defendants.csv",
    where: "row 4 (line 5)",
    field: "case+defendant",
    problem:
      'duplicate row: case "D.Mass. 1:21-cv-11269", defendant "Barrett Firearms Manufacturing, Inc.", as in row 2 (line 3)',
  },
  {
    name: "duplicate-source-id",
    file: "data/context/sources.csv",
    where: "row 6 (line 7)",
    field: "source_id",
    problem: 'duplicate source_id "S04", as in row 4 (line 5)',
  },
  {
    name: "header-only",
    file: "data/context/timeline.csv",
    where: "line 2",
    field: "-",
    problem: "the table has a header but no data rows; the site needs at least one",
  },
  {
    name: "all-rows-withheld",
    file: "data/context/corridors_2022_2023.csv",
    where: "row 1 (line 2)",
    field: "flag",
    problem: "every row is flagged R (recalled, never published): the site has nothing to show from this table",
  },
  {
    name: "types-over-total",
    file: "data/context/ffl_counts.csv",
    where: "row 4 (line 5)",
    field: "total_active_ffl",
    problem: "is 136563, less than its licence types together (236563)",
  },
  {
    name: "duplicate-column",
    file: "data/context/corridors_2022_2023.csv",
    where: "line 1 (header)",
    field: "count",
    problem: "the column appears twice (columns 3 and 7)",
  },
  // A row a chart declares (data/charts.json) that the record does not have: the table and the row it looked for.
  {
    name: "chart-row-missing",
    file: "data/context/mexico_trace_aggregates.csv",
    where: "rows",
    field: "period+metric",
    problem:
      'no row with period "2017-2021" and metric "us_sourced", which data/charts.json (rows.origin-share.atfUsSourced) reads',
  },
  // A row set a chart declares that matches no row of the record: the same line.
  {
    name: "chart-set-empty",
    file: "data/context/flow_estimates.csv",
    where: "rows",
    field: "estimate+unit",
    problem:
      'no row with estimate starting "Lindsay Poland" and unit "firearms_per_year", which data/charts.json (sets.annual-flow.oped) reads',
  },
  // A value a chart's list names that no published row has: the list's entry and the table.
  {
    name: "chart-list-unknown",
    file: "data/charts.json",
    where: "lists.flow-map",
    field: "labelledCrossings.values[4]",
    problem: '"Brownsvile" is in no published row of data/context/ports_of_entry.csv (field "us_port")',
  },
  // The period the charts show is not the one the corridors file covers: the flow map would
  // label the old corridors with the new period.
  {
    name: "trace-period-mismatch",
    file: "data/charts.json",
    where: "file",
    field: "latestTracePeriod",
    problem:
      '"2015-2022" is not the period of data/context/corridors_2022_2023.csv, whose rows the flow map labels with it',
  },
  {
    name: "script-url",
    file: "data/context/sources.csv",
    where: "row 2 (line 3)",
    field: "url",
    problem: "holds a script or data address; only web addresses are allowed",
  },
  {
    name: "state-without-centroid",
    file: "data/context/corridors_2022_2023.csv",
    where: "row 1 (line 2)",
    field: "mx_state",
    problem:
      '"Sonora" has no centroid in data/context/mx_state_centroids.csv (a published row), so the map cannot place it',
  },
  {
    name: "topojson-missing-object",
    file: "data/geo/us-mexico.topo.json",
    where: "objects.countries",
    field: "geometries",
    problem: "missing or empty: the map draws this layer",
  },
  {
    name: "placeholder-differs",
    file: "data/text/es.json",
    where: "translation",
    field: "charts.source-states.dek",
    problem: "uses {universe}, the English {period}",
  },
  {
    name: "empty-csv",
    file: "data/context/ffl_counts.csv",
    where: "line 1 (header)",
    field: "-",
    problem: "the file is empty: it needs a header and at least one data row",
  },
  {
    name: "unclosed-quote",
    file: "data/context/lawsuit_defendants.csv",
    where: "line 16",
    field: "cell 2",
    problem: 'a quoted field opened here is never closed (a missing ")',
  },
  {
    name: "stray-quote",
    file: "data/context/lawsuit_defendants.csv",
    where: "line 6",
    field: "cell 2",
    problem: "(it opened on line 5: a quote missing there?)",
  },
  {
    name: "topojson-truncated",
    file: "data/geo/us-mexico.topo.json",
    where: "file",
    field: "-",
    problem: "is not readable JSON, perhaps cut short",
  },
  {
    name: "topojson-empty",
    file: "data/geo/us-mexico.topo.json",
    where: "file",
    field: "-",
    problem: "is empty; make it again with npm run geo",
  },
  {
    name: "topojson-missing-state",
    file: "data/geo/us-mexico.topo.json",
    where: "objects.mx_states",
    field: "properties.name",
    problem:
      'has no state "Sonora", which the flow map draws (data/context/corridors_2022_2023.csv, row 1 (line 2), field "mx_state")',
  },
];

/** Fixtures with several problems: every one is reported, in one run. */
const MULTI: Array<{ name: string; lines: Array<Omit<Case, "name">> }> = [
  {
    // An R row is refused wherever it is used: by a claim and by the chart that declares it.
    name: "r-value-used",
    lines: [
      {
        file: "data/claims.json",
        where: 'claims[0] (id "origin-share")',
        field: "record[0]",
        problem: "uses data/context/mexico_trace_aggregates.csv row 6, which is flagged R",
      },
      {
        file: "data/context/mexico_trace_aggregates.csv",
        where: "row 6 (line 7)",
        field: "flag",
        problem:
          "is R (recalled, no source) and may not be published; data/charts.json (rows.origin-share.gao) reads it",
      },
    ],
  },
  {
    // A line break inside a quoted cell moves every later line: the second problem's line is 6, not 4.
    name: "line-after-quoted-break",
    lines: [
      {
        file: "data/context/gun_stores.csv",
        where: "row 1 (line 2)",
        field: "note",
        problem: "contains U+000A LINE FEED (a line break) at character 15",
      },
      {
        file: "data/context/gun_stores.csv",
        where: "row 3 (line 6)",
        field: "count",
        problem: "expected a count (a whole number, 0 or more), got -1",
      },
    ],
  },
  {
    name: "many-problems",
    lines: [
      { file: "data/context/corridors_2022_2023.csv", where: "row 4 (line 5)", field: "count", problem: "got -831" },
      { file: "data/context/timeline.csv", where: "row 8 (line 9)", field: "date", problem: "is not a calendar date" },
      {
        file: "data/text/en.json",
        where: "charts.timeline",
        field: "title",
        problem: "contains U+200D ZERO WIDTH JOINER",
      },
      // claims.json is checked once the record it refers to is sound: its duplicate id waits for the next run.
    ],
  },
  {
    // A number typed into a chart's prose instead of a placeholder, in both editions.
    name: "number-in-prose",
    lines: [
      {
        file: "data/text/en.json",
        where: "text",
        field: "charts.source-states.dek",
        problem: 'types a number ("2022-2023"): use a {placeholder} filled from data',
      },
      {
        file: "data/text/es.json",
        where: "text",
        field: "charts.source-states.dek",
        problem: 'types a number ("2022-2023"): use a {placeholder} filled from data',
      },
    ],
  },
  {
    // A placeholder no chart value fills, in both editions (so the translation check passes).
    name: "unknown-placeholder",
    lines: [
      {
        file: "data/text/en.json",
        where: "charts.source-states",
        field: "dek",
        problem: "unknown placeholder {periodo}: this chart's text can use {period}, ",
      },
      {
        file: "data/text/es.json",
        where: "charts.source-states",
        field: "dek",
        problem: "unknown placeholder {periodo}: this chart's text can use {period}, ",
      },
    ],
  },
];

const POSITIVE = ["markup-text"];

const lineFor = (c: Omit<Case, "name">) => `Data error: ${c.file}, ${c.where}, field "${c.field}": `;
const paths = (name: string, prefix = "") => {
  const ws = workspace(`${prefix}${name}`, join(FIXTURES, name));
  return { root: ws.root, seedsDir: ws.seedsDir, dataDir: ws.dataDir };
};

it("every fixture folder has a test", () => {
  const tested = new Set([...CASES.map((c) => c.name), ...MULTI.map((m) => m.name), ...POSITIVE]);
  expect(
    readdirSync(FIXTURES)
      .filter((f) => !f.includes("."))
      .filter((f) => !tested.has(f)),
  ).toEqual([]);
});

describe("check-data refuses bad input, by name", () => {
  it("accepts the real data (the fixtures are the only thing wrong)", () => {
    const ws = workspace("control");
    expect(checkInputs({ root: ws.root, seedsDir: ws.seedsDir, dataDir: ws.dataDir }).lines).toEqual([]);
  });

  for (const c of CASES.filter((c) => !MULTI.some((m) => m.name === c.name))) {
    it(`${c.name}: one line naming ${c.file}, ${c.where}, field ${c.field}`, () => {
      const { lines } = checkInputs(paths(c.name));
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(lineFor(c)), lines[0]).toBe(true);
      expect(lines[0]).toContain(c.problem);
      expect(lines[0]).not.toContain("\n");
    });
  }

  for (const m of MULTI) {
    it(`${m.name}: every problem, one line each, in one run`, () => {
      const { lines } = checkInputs(paths(m.name));
      expect(lines).toHaveLength(m.lines.length);
      m.lines.forEach((l, i) => {
        expect(lines[i]!.startsWith(lineFor(l)), lines[i]).toBe(true);
        expect(lines[i]).toContain(l.problem);
      });
    });
  }

  it("the data layer throws DataErrors carrying each problem's file, place and field", () => {
    let error: unknown;
    try {
      loadStory(paths("many-problems"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe("data/context/corridors_2022_2023.csv");
    expect((error as DataError).message.split("\n")).toHaveLength(2);
  });
});

describe("markup-like text is fine, and shows literally everywhere", () => {
  it('a timeline event "<70% &nbsp; &quot;y&quot; & <b>bold</b>" passes the check and reaches page SVG, standalone SVG and PNG as written', () => {
    const p = paths("markup-text");
    // The fixture rewrites a published event on purpose: the version check's refusal of that
    // change (tests/unit/check/versions.test.ts) is not what this test is about.
    expect(checkInputs(p).lines.filter((l) => !l.startsWith("Version error: "))).toEqual([]);
    // The chart names the event with its label in data/text (the fixture's en.json); the download keeps the CSV's wording (the fixture's timeline.csv).
    // (No digits: chart text takes numbers from data only.)
    const event = "Sherwood-Randall meets López Obrador: <less & more> &nbsp; &quot;y&quot; & <b>bold</b>";
    const chart = renderChart(chartById("timeline"), loadStory(p), loadText("en", p.dataDir));
    for (const { svg } of chart.artboards) {
      // Read back as HTML (the page) and as XML (the standalone SVG): the mark's name is the cell, character for character.
      const names = [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll("[aria-label]")].map(
        (e) => e.getAttribute("aria-label"),
      );
      expect(names.some((n) => n?.endsWith(`: ${event}`))).toBe(true);
      expect(svg).not.toContain("<b>");
    }
    const { svg, width } = standaloneSvg(chart, { credit: "Site", sources: "Sources", asReportedBy: "as reported by" });
    expect(svg).toContain("&lt;less &amp; more&gt; &amp;nbsp; &amp;quot;y&amp;quot; &amp; &lt;b&gt;bold&lt;/b&gt;");
    // resvg parses the standalone SVG as strict XML, as the build's PNG step does.
    const png = svgToPng(svg, width);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});

/** The real build, as `npm run build` runs it, on a fixture; resolves with its exit code and stderr. */
function build(name: string): Promise<{ status: number | null; stderr: string; out: string }> {
  const ws = workspace(`build-${name}`, join(FIXTURES, name));
  const out = join(ws.root, "dist");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "stale.html"), "left by an earlier build");
  const child = spawn(process.execPath, ["scripts/build.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      STORY_SITE: SITE,
      STORY_SEEDS_DIR: ws.seedsDir,
      STORY_DATA_DIR: ws.dataDir,
      STORY_OUT_DIR: out,
    },
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((ok) => child.on("close", (status) => ok({ status, stderr, out })));
}

// Every refused fixture goes through the real build too: a failing build stops at check-data
// (about a second and a half each), two at a time on two cores.
describe.concurrent("npm run build on bad input", { concurrent: true }, () => {
  const all = [
    ...CASES.map((c) => ({ name: c.name, lines: [c] })),
    ...MULTI.filter((m) => !CASES.some((c) => c.name === m.name)),
  ];
  for (const c of all) {
    it(`${c.name}: exits non-zero with the same lines and writes no output`, async () => {
      const { status, stderr, out } = await build(c.name);
      expect(status).toBe(1);
      // The build names the folders it was given (here under tests/.tmp/): without them, the same lines.
      const messages = stderr
        .split("\n")
        .filter((l) => l.startsWith("Data error: "))
        .map((l) => l.replaceAll(`tests/.tmp/build-${c.name}/`, ""));
      for (const l of c.lines)
        expect(
          messages.some((m) => m.startsWith(lineFor(l)) && m.includes(l.problem)),
          stderr,
        ).toBe(true);
      expect(messages).toHaveLength(c.lines.length);
      expect(stderr).toMatch(/check-data: \d+ problems? found in [\d.]+ s; nothing was built\./);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);
    });
  }
});
