/**
 * /embed.js: src/client/embed-loader.ts bundled by esbuild into one minified classic script
 * (IIFE, ES2017, no source map, no comments). The same input gives the same bytes, so builds stay
 * reproducible. scripts/build.mjs writes it into the built site (scripts/write-embed-loader.ts);
 * tests build it in memory with buildEmbedLoader().
 *
 * The loader's source spells no public path: the embed page addresses come from the URL contract
 * (src/publish/urls.ts, paths.embed) at build, through esbuild's `define` (EMBED_PAGES).
 */
import { join } from "node:path";
import { build } from "esbuild";
import { ID, type EmbedPages } from "../src/client/embed-host.ts";
import { paths } from "../src/publish/urls.ts";

export const EMBED_LOADER_SOURCE = "src/client/embed-loader.ts";

/** A chart's embed page per edition, with ID where the chart id goes: "/embed/{id}/", "/es/embed/{id}/". */
export const embedPages = (): EmbedPages => ({ en: paths.embed(ID, "en"), es: paths.embed(ID, "es") });

/** The loader's bytes. `root` is the project folder. */
export async function buildEmbedLoader(root = process.cwd()): Promise<Uint8Array> {
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
    define: { EMBED_PAGES: JSON.stringify(embedPages()) },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.contents;
}
