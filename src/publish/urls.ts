/**
 * The public URL contract: embeds and downloads live on other sites for years, so every public
 * path is spelled here and nowhere else (the embed loader gets its embed page paths from here at
 * build: scripts/embed-loader.ts), and every absolute URL is built from the site address the
 * build was given (STORY_SITE), never from a default.
 */
/** A public path in an edition: English at the root, Spanish under /es/. Data URLs are shared. */
export function localePath(lang: string, path: string): string {
  return lang === "en" ? path : `/${lang}${path}`;
}

/** How an embed address asks for a theme other than light: `?theme=dark`, `?theme=auto`. */
export const THEME_PARAM = "theme";

export type Theme = "auto" | "light" | "dark";
/** The data downloads, shared by both editions; pictures go through `paths.image`. */
export type DownloadExt = "csv" | "json";
/** "full": the widest artboard; "phone": the narrowest, for a no-script fallback on a phone. */
export type ImageSize = "full" | "phone";

/** The licence covers this site's compilation of the tables, not the sources' own texts. */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export { PREVIEW_SITE, deployAddressProblem, isLoopback } from "./address.mjs";
import { isLoopback } from "./address.mjs";

/**
 * The site address, without a trailing slash, from astro's `site` (STORY_SITE at build). A build
 * with no address cannot write a single embed code, so this throws rather than guess one.
 */
export function siteAddress(site: URL | undefined): string {
  if (!site) throw new Error("No site address: set STORY_SITE (npm run build) or use npm start for a preview.");
  return site.href.replace(/\/$/, "");
}

/** A preview build: its addresses point at this machine, so its pages are noindex and say so. */
export const isPreview = (address: string) => isLoopback(new URL(address).hostname);

/** The id of a chart's figure on the story page: the fragment of its address. */
export const chartAnchor = (id: string) => `chart-${id}`;
/** The id of a claim's record note on the story page. */
export const claimAnchor = (id: string) => `record-${id}`;
/** The id of the story page's corrections box. */
export const CORRECTIONS_ANCHOR = "corrections-title";

/** Paths of the public URL contract, per edition (English at /, Spanish at /es/). */
export const paths = {
  story: (lang = "en") => localePath(lang, "/"),
  chart: (id: string, lang = "en") => `${localePath(lang, "/")}#${chartAnchor(id)}`,
  claim: (id: string, lang = "en") => `${localePath(lang, "/")}#${claimAnchor(id)}`,
  corrections: (lang = "en") => `${localePath(lang, "/")}#${CORRECTIONS_ANCHOR}`,
  gallery: (lang = "en") => localePath(lang, "/charts/"),
  sources: (lang = "en") => localePath(lang, "/sources/"),
  embed: (id: string, lang = "en", theme: Theme = "light") =>
    `${localePath(lang, `/embed/${id}/`)}${theme === "light" ? "" : `?${THEME_PARAM}=${theme}`}`,
  oembed: (id: string, lang = "en") => localePath(lang, `/oembed/${id}.json`),
  /** The response for one width; the server picks it from ?maxwidth= at the address above. */
  oembedAtWidth: (id: string, width: number, lang = "en") => localePath(lang, `/oembed/${id}/${width}.json`),
  /** The data (CSV, JSON) is shared by both editions; its JSON carries both languages' metadata. */
  data: (id: string, ext: DownloadExt) => `/data/${id}.${ext}`,
  /** The chart as an image, in an edition's language: /data/<id>.png, /es/data/<id>.svg, /data/<id>.phone.png. */
  image: (id: string, ext: "svg" | "png", lang = "en", size: ImageSize = "full") =>
    localePath(lang, `/data/${id}${size === "phone" ? ".phone" : ""}.${ext}`),
  /** A published version of a chart's data, kept for good. */
  dataVersion: (id: string, version: number, ext: "csv" | "json") => `/data/${id}.v${version}.${ext}`,
  dataPackage: () => "/data/datapackage.json",
  /** A chart's CSV as the data package names it: relative to the package, in the same folder. */
  dataPackageResource: (id: string) => paths.data(id, "csv").slice(paths.dataPackage().lastIndexOf("/") + 1),
  favicon: () => "/favicon.svg",
  loader: () => "/embed.js",
  /** The embed page's theme switch (src/client/theme.ts), a classic script in its head. */
  themeScript: () => "/theme.js",
  /** The edition's social card (og:image), 1,200 x 630 PNG: headline, summary and lead chart. */
  shareCard: (lang = "en") => localePath(lang, "/share/story.png"),
} as const;

/** The absolute URL of a path on the site. */
export const absolute = (address: string, path: string) => `${address}${path}`;
