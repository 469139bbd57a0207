// @ts-check
import { PREVIEW_SITE } from "./src/publish/address.mjs";
import { defineConfig } from "astro/config";

/**
 * `astro dev` serves /embed.js as the build writes it (scripts/embed-loader.ts), so the gallery's
 * script codes work in development too; builds write the file in scripts/build.mjs.
 * @returns {import("vite").Plugin}
 */
function embedLoaderInDev() {
  return {
    name: "embed-loader-in-dev",
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split("?")[0] !== "/embed.js") return next();
        const { buildEmbedLoader } = await server.ssrLoadModule("/scripts/embed-loader.ts");
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        res.end(Buffer.from(await buildEmbedLoader()));
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
  vite: { build: { assetsInlineLimit: 0 }, plugins: [embedLoaderInDev()] },
});
