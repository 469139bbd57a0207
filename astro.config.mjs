// @ts-check
import { PREVIEW_SITE } from "./src/publish/address.mjs";
import { defineConfig } from "astro/config";

/**
 * `astro dev` serves the browser scripts built outside Astro (/embed.js, /theme.js) as the build
 * writes them (scripts/embed-loader.ts), so embed codes and embed pages work in development too.
 * @returns {import("vite").Plugin}
 */
function clientScriptsInDev() {
  return {
    name: "client-scripts-in-dev",
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const { clientScripts } = await server.ssrLoadModule("/scripts/embed-loader.ts");
        const script = clientScripts().find((/** @type {{ path: string }} */ s) => s.path === req.url?.split("?")[0]);
        if (!script) return next();
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        res.end(Buffer.from(await script.bytes()));
      });
    },
  };
}

// The build wrapper (scripts/build.mjs) points outDir at a scratch folder and swaps it into
// place only when the whole build succeeded, so a failed build never leaves a partial dist/.
export default defineConfig({
  // The address the site is published at; embeds, canonical links and oEmbed use it.
  // scripts/build.mjs refuses a deploy build without STORY_SITE; `astro dev` and a bare
  // `astro build` fall back to the preview address, whose pages are noindex and say so.
  site: process.env.STORY_SITE || PREVIEW_SITE,
  outDir: process.env.STORY_BUILD_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  compressHTML: true,
  // Every script ships as a file: the Content-Security-Policy allows scripts from 'self' only,
  // never inline ones (Astro would otherwise inline small scripts into the HTML).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [clientScriptsInDev()] },
});
