/**
 * /embed.js: src/client/embed-loader.ts bundled by esbuild into one minified classic script
 * (IIFE, ES2017, no source map, no comments). The same input gives the same bytes, so builds stay
 * reproducible. scripts/build.mjs writes it into the built site; tests build it in memory.
 */
import { build } from "esbuild";
import { join } from "node:path";

export const EMBED_LOADER_SOURCE = "src/client/embed-loader.ts";

/** The loader's bytes. `root` is the project folder. */
export async function buildEmbedLoader(root = process.cwd()) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, EMBED_LOADER_SOURCE)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2017",
    minify: true,
    legalComments: "none",
    sourcemap: false,
    charset: "utf8",
    logLevel: "silent",
  });
  return result.outputFiles[0].contents;
}
