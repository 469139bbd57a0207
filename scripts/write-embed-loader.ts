/**
 * `vite-node scripts/write-embed-loader.ts <folder>`: writes the browser scripts built outside
 * Astro (/embed.js and /theme.js, scripts/embed-loader.ts) into <folder>, the built site.
 * scripts/build.mjs runs it after astro build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { clientScripts } from "./embed-loader.ts";

const out = process.argv.slice(2).find((a) => a !== "--");
if (!out) {
  console.error("usage: vite-node scripts/write-embed-loader.ts <folder>");
  process.exit(1);
}
for (const script of clientScripts()) {
  const file = join(out, script.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await script.bytes());
}
