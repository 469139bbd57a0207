// Two builds in one folder: the second waits for the first (or stops, saying why), and a lock
// left by a build that no longer runs is taken over. The builds here use a broken fixture, so
// once past the lock they stop at check-data in a second instead of building the whole site.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { SITE } from "../../support/site.ts";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../../support/paths.ts";
import { workspace } from "../../support/workspace.ts";

const FIXTURE = join(ROOT, "tests", "fixtures", "bad-input", "non-numeric");
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

function setup(name: string) {
  const ws = workspace(`lock-${name}`, FIXTURE);
  const out = join(ws.root, "dist");
  const env = {
    ...process.env,
    STORY_SITE: SITE,
    STORY_SEEDS_DIR: ws.seedsDir,
    STORY_DATA_DIR: ws.dataDir,
    STORY_OUT_DIR: out,
  };
  return { out, lock: `${out}.lock`, env };
}

/** A process that stands for a running build: alive until killed. */
function runningBuild(): ChildProcess {
  const c = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  children.push(c);
  return c;
}

describe("one build at a time per output folder", () => {
  it("a second build waits while the first holds the folder, then builds", async () => {
    const { lock, env } = setup("wait");
    const first = runningBuild();
    writeFileSync(lock, `${first.pid}\n2025-01-01T00:00:00.000Z\n`);
    const second = spawn(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, env });
    children.push(second);
    let stderr = "";
    const waiting = new Promise<void>((ok) =>
      second.stderr!.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes("waiting for it to finish")) ok();
      }),
    );
    const exited = new Promise<number | null>((ok) => second.on("exit", (code) => ok(code)));
    await waiting;
    expect(stderr).toContain(`another build (pid ${first.pid}) is writing`);
    expect(stderr).not.toContain("Data error");
    // The first build finishes: it removes its lock, and the second goes on (to the fixture's data error).
    await rm(lock);
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/waiting for it to finish[\s\S]*Data error: .*corridors_2022_2023\.csv/);
    expect(existsSync(lock)).toBe(false);
  });

  it("stops with a clear message when the other build does not finish in time", () => {
    const { lock, env } = setup("give-up");
    const first = runningBuild();
    writeFileSync(lock, `${first.pid}\n2025-01-01T00:00:00.000Z\n`);
    const run = spawnSync(process.execPath, ["scripts/build.mjs"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...env, STORY_BUILD_LOCK_WAIT: "0" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `Build stopped: another build (pid ${first.pid}, since 2025-01-01T00:00:00.000Z) is still writing`,
    );
    expect(run.stderr).not.toContain("Data error");
    // The lock is the first build's: the second leaves it alone.
    expect(existsSync(lock)).toBe(true);
  });

  it("takes over a lock left by a build that no longer runs", () => {
    const { lock, env } = setup("stale");
    const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    writeFileSync(lock, `${gone}\n2025-01-01T00:00:00.000Z\n`);
    const run = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, encoding: "utf8", env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`taking over ${lock}, left by a build (pid ${gone}) that no longer runs`);
    expect(run.stderr).toContain("Data error: ");
    expect(existsSync(lock)).toBe(false);
  });
});
