/**
 * The address `npm test` builds the site for (package.json "build:test"): a deploy build, with a
 * public https address. The browser reaches it on this machine's nginx (tests/support/nginx.ts).
 */
export const SITE = "https://graphics.example.org";
export const SITE_HOST = new URL(SITE).host;
