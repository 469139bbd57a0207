/**
 * /embed.js: src/client/embed-loader.ts bundled by esbuild into one minified classic script
 * (IIFE, ES2017, no source map, no comments); /theme.js from src/client/theme.ts the same way.
 * The same input gives the same bytes, so builds stay
 * reproducible. scripts/build.mjs writes it into the built site (scripts/write-embed-loader.ts);
 * tests build it in memory with buildEmbedLoader().
 *
 * The loader's source spells no public path: the embed page addresses come from the URL contract
 * (src/publish/urls.ts, paths.embed) at build, through esbuild's `define` (EMBED_PAGES).
 */
import { join } from "node:path";
import { build } from "esbuild";
import { ID, type EmbedPages } from "../src/client/embed-host.ts";
import { THEME_PARAM, paths } from "../src/publish/urls.ts";

export const EMBED_LOADER_SOURCE = "src/client/embed-loader.ts";

/** A chart's embed page per edition, with ID where the chart id goes: "/embed/{id}/", "/es/embed/{id}/". */
export const embedPages = (): EmbedPages => ({
  en: paths.embed(ID, "en"),
  es: paths.embed(ID, "es"),
  loader: paths.loader(),
  theme: THEME_PARAM,
});

/** The loader's bytes. `root` is the project folder. */
export const buildEmbedLoader = (root = process.cwd()) =>
  bundle(root, EMBED_LOADER_SOURCE, { EMBED_PAGES: JSON.stringify(embedPages()) });

export const THEME_SCRIPT_SOURCE = "src/client/theme.ts";

/** /theme.js, the embed page's theme switch: the same way, with the theme parameter put in. */
export const buildThemeScript = (root = process.cwd()) =>
  bundle(root, THEME_SCRIPT_SOURCE, { THEME_PARAM: JSON.stringify(THEME_PARAM) });

/** Every browser script the build writes outside Astro's bundles, by its public path. */
export const clientScripts = (root = process.cwd()) => [
  { path: paths.loader(), bytes: () => buildEmbedLoader(root) },
  { path: paths.themeScript(), bytes: () => buildThemeScript(root) },
];

async function bundle(root: string, entry: string, define: Record<string, string>): Promise<Uint8Array> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2017",
    minify: true,
    legalComments: "none",
    sourcemap: false,
    charset: "utf8",
    define,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.contents;
}
