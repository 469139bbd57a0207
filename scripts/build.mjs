/**
 * `npm run build`: check the data, then build the site into a scratch folder and move it to
 * dist/ only if everything succeeded. On any failure dist/ is removed, so no stale or partial
 * site is ever served or tested as if it were current.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { holdBuildLock } from "./build-lock.mjs";

const out = process.env.STORY_OUT_DIR ?? "dist";
const scratch = `${out}.partial`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", STORY_BUILD_DIR: scratch };
const bin = (pkg, file) => join("node_modules", pkg, file);

function run(args) {
  return spawnSync(process.execPath, args, { stdio: "inherit", env }).status === 0;
}

function fail() {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  console.error(`Build failed: ${out}/ was not written.`);
  process.exit(1);
}

// One build at a time in this folder: a second one waits here (scripts/build-lock.mjs).
holdBuildLock(out);
rmSync(scratch, { recursive: true, force: true });
if (!run([bin("vite-node", "vite-node.mjs"), "scripts/check-data.ts"])) fail();
if (!run([bin("astro", "astro.js"), "build"])) fail();
// Success only with a complete site: Astro can exit 0 having written nothing.
if (!existsSync(join(scratch, "index.html"))) fail();
rmSync(out, { recursive: true, force: true });
renameSync(scratch, out);
