// @ts-check
/**
 * The rules for the site address, in plain JavaScript so that scripts/build.mjs can check
 * STORY_SITE before any TypeScript runs; src/downloads/site.ts re-exports them.
 */

/** The address `npm start` previews at; a build that uses it is a preview, never a deploy. */
export const PREVIEW_SITE = "http://localhost:4321";

/**
 * Hosts that only ever mean "this machine": an address on one of them cannot be published.
 * @param {string} host
 */
export const isLoopback = (host) => /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i.test(host.replace(/\.$/, ""));

/**
 * Why an address cannot be a deploy address, or null when it can: https (a chart framed in an
 * https article must be https too), a public host name, and no path, query or fragment (the site
 * is served from the root of its host).
 * @param {string | undefined} address
 * @returns {string | null}
 */
export function deployAddressProblem(address) {
  if (!address) return "STORY_SITE is not set";
  let url;
  try {
    url = new URL(address);
  } catch {
    return `STORY_SITE "${address}" is not an address`;
  }
  if (url.protocol !== "https:") return `STORY_SITE "${address}" is not https`;
  if (isLoopback(url.hostname)) return `STORY_SITE "${address}" is this machine, not a public address`;
  if (url.pathname !== "/" || url.search || url.hash || url.username) return `STORY_SITE "${address}" must be an origin only, like https://graphics.example.org`;
  return null;
}
