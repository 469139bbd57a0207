/**
 * Facts about the published site that downloads and embed codes carry. The address comes from
 * astro.config.mjs `site` (STORY_SITE at build); the licence covers this site's compilation of
 * the tables, not the sources' own texts, which stay their publishers'.
 */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export function siteUrl(site: URL | undefined): string {
  return (site?.href ?? "http://localhost:4321/").replace(/\/$/, "");
}
