// @ts-check
/**
 * The rules for the site address, in plain JavaScript so that scripts/build.mjs can check
 * STORY_SITE before any TypeScript runs; src/publish/urls.ts re-exports them.
 */

/** The address `npm start` previews at; a build that uses it is a preview, never a deploy. */
export const PREVIEW_SITE = "http://localhost:4321";

/**
 * Hosts that only ever mean "this machine": an address on one of them cannot be published.
 * @param {string} host
 */
export const isLoopback = (host) =>
  /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\]|\[::ffff:(127\.[\d.]+|7f[0-9a-f]{2}:[0-9a-f]{1,4})\]|0\.0\.0\.0)$/i.test(
    host.replace(/\.$/, ""),
  );

/**
 * Hosts no reader outside one network can reach: private and link-local IPv4 ranges, unique-local
 * and link-local IPv6, and names reserved for local networks.
 * @param {string} host
 */
const isPrivate = (host) =>
  /^(10(\.\d+){3}|192\.168(\.\d+){2}|172\.(1[6-9]|2\d|3[01])(\.\d+){2}|169\.254(\.\d+){2}|\[f[cd][0-9a-f]*:.*\]|\[fe80:.*\]|.+\.(local|internal|lan|home\.arpa))$/i.test(
    host.replace(/\.$/, ""),
  );

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
  if (url.protocol !== "https:") {
    const local = isLoopback(url.hostname) ? " (and it is this machine: npm start builds a local preview)" : "";
    return `STORY_SITE "${address}" is not https${local}`;
  }
  if (isLoopback(url.hostname)) return `STORY_SITE "${address}" is this machine, not a public address`;
  if (isPrivate(url.hostname)) return `STORY_SITE "${address}" is a private network address, not a public one`;
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    return `STORY_SITE "${address}" must be an origin only, like https://graphics.example.org`;
  return null;
}
