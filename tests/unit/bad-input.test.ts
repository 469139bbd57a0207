import { SITE } from "../support/site.ts";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors.ts";
import { loadStory } from "../../src/data/story.ts";
import { ROOT, SEED_NAME } from "../support/paths.ts";
import { workspace } from "../support/workspace.ts";

const FIXTURES = join(ROOT, "tests", "fixtures", "bad-input");

const CASES = [
  { name: "missing-column", file: "data/context/ffl_counts.csv", where: "line 1 (header)", field: "total_active_ffl" },
  { name: "non-numeric", file: "data/context/corridors_2022_2023.csv", where: "row 2 (line 3)", field: "count" },
  { name: "unknown-source", file: "data/context/gun_stores.csv", where: "row 3 (line 4)", field: "source_id" },
  { name: "unknown-flag", file: "data/context/timeline.csv", where: "row 13 (line 14)", field: "flag" },
  { name: "r-value-used", file: "data/claims.json", where: 'claims[0] (id "origin-share")', field: "record[0]" },
  { name: "quote-not-in-seed", file: "data/figures.json", where: 'figures[0] (id "us-share-of-seized-guns")', field: "quote" },
  { name: "seed-without-date", file: `seeds/${SEED_NAME}`, where: "whole file", field: "publication date" },
  { name: "extra-cell", file: "data/context/lawsuit_defendants.csv", where: "row 7 (line 8)", field: "flag" },
  { name: "said-not-in-seed", file: "data/figures.json", where: 'figures[1] (id "annual-inflow")', field: "said" },
];

describe("the data layer refuses bad input", () => {
  it("accepts the real data (the fixtures are the only thing wrong)", () => {
    expect(() => loadStory(workspace("control"))).not.toThrow();
  });

  for (const c of CASES) {
    it(`${c.name}: names ${c.file}, ${c.where}, field ${c.field}`, () => {
      const ws = workspace(c.name, join(FIXTURES, c.name));
      let error: unknown;
      try {
        loadStory(ws);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      expect({ file: (error as DataError).file, where: (error as DataError).where, field: (error as DataError).field }).toEqual({
        file: c.file,
        where: c.where,
        field: c.field,
      });
    });
  }

  it("says an R value may not be published, naming the CSV row", () => {
    expect(() => loadStory(workspace("r-value-used", join(FIXTURES, "r-value-used")))).toThrow(
      /mexico_trace_aggregates\.csv row 6, which is flagged R/,
    );
  });
});

describe("npm run build on bad input", () => {
  for (const c of CASES) {
    it(`${c.name}: exits non-zero with one clear message and writes no output`, () => {
      const ws = workspace(`build-${c.name}`, join(FIXTURES, c.name));
      const out = join(ws.root, "dist");
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "stale.html"), "left by an earlier build");
      const run = spawnSync(process.execPath, ["scripts/build.mjs"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, STORY_SITE: SITE, STORY_SEEDS_DIR: ws.seedsDir, STORY_DATA_DIR: ws.dataDir, STORY_OUT_DIR: out },
      });
      expect(run.status).toBe(1);
      const message = run.stderr.split("\n").find((l) => l.startsWith("Data error: "));
      expect(message).toContain(`${c.file.split("/").at(-1)}, ${c.where}, field "${c.field}"`);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);
    });
  }
});
