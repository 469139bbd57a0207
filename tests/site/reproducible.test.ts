import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, distFiles } from "../support/dist.ts";
import { ROOT } from "../support/paths.ts";
import { SITE } from "../support/site.ts";

describe("reproducible build", () => {
  it("a second build gives a byte-identical dist/", () => {
    const again = join(ROOT, "tests", ".tmp", `rebuild-${process.pid}`);
    rmSync(again, { recursive: true, force: true });
    const run = spawnSync(process.execPath, ["scripts/build.mjs"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, STORY_SITE: SITE, STORY_OUT_DIR: again },
    });
    expect(run.status, run.stderr).toBe(0);
    const first = distFiles().sort();
    expect(distFiles(again).sort()).toEqual(first);
    const differ = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
    rmSync(again, { recursive: true, force: true });
  });
});
