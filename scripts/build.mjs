/**
 * `npm run build`: check the address and the data, then build the site into a scratch folder
 * and move it to dist/ only if everything succeeded. On any failure dist/ is removed, so no
 * stale or partial site is ever served or tested as if it were current.
 *
 * A deploy build needs the public address: `STORY_SITE=https://graphics.example.org npm run build`.
 * `--preview` (what `npm start` runs) builds for http://localhost:4321 instead: every embed code
 * then points at this machine, so its pages are noindex and carry a "preview" notice.
 *
 * After Astro, the embed loader src/client/embed-loader.ts is bundled and minified with esbuild
 * into /embed.js (scripts/embed-loader.ts): it is generated at every build, never hand-written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PREVIEW_SITE, deployAddressProblem } from "../src/publish/address.mjs";
import { holdBuildLock } from "./build-lock.mjs";

const preview = process.argv.includes("--preview");
const address = preview ? PREVIEW_SITE : process.env.STORY_SITE?.trim();

const problem = preview ? null : deployAddressProblem(address);
if (problem) {
  console.error(
    `Build stopped: ${problem}. Set the public https address, e.g. STORY_SITE=https://graphics.example.org npm run build (npm start builds a local preview).`,
  );
  process.exit(1);
}

const out = process.env.STORY_OUT_DIR ?? "dist";
const scratch = `${out}.partial`;
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  STORY_BUILD_DIR: scratch,
  STORY_SITE: address.replace(/\/$/, ""),
};
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
// /embed.js, the loader other newsrooms' pages run: the same URL and cache headers as ever.
if (!run([bin("vite-node", "vite-node.mjs"), "scripts/write-embed-loader.ts", "--", scratch])) fail();
// Astro's content-layer stubs land in the output when it is outside the project: not part of the site.
for (const stub of ["content-assets.mjs", "content-modules.mjs"]) rmSync(join(scratch, stub), { force: true });
// Astro writes src/pages/es/404.astro as es/404/index.html; the server's error page is es/404.html.
if (existsSync(join(scratch, "es/404/index.html"))) {
  renameSync(join(scratch, "es/404/index.html"), join(scratch, "es/404.html"));
  rmSync(join(scratch, "es/404"), { recursive: true });
}
rmSync(out, { recursive: true, force: true });
renameSync(scratch, out);
console.log(
  preview
    ? `Preview build in ${out}/: every address points at ${PREVIEW_SITE}, pages are noindex. Not for publishing: to deploy, run STORY_SITE=https://your.site npm run build.`
    : `Deploy build in ${out}/ for ${env.STORY_SITE}.`,
);
