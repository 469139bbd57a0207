/**
 * `vite-node scripts/write-embed-loader.ts <file>`: writes /embed.js (scripts/embed-loader.ts) to
 * <file>. scripts/build.mjs runs it after astro build, into the build's output folder.
 */
import { writeFileSync } from "node:fs";
import { buildEmbedLoader } from "./embed-loader.ts";

const out = process.argv.slice(2).find((a) => a !== "--");
if (!out) {
  console.error("usage: vite-node scripts/write-embed-loader.ts <file>");
  process.exit(1);
}
writeFileSync(out, await buildEmbedLoader());
