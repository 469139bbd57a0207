import { chromium, type Browser } from "playwright-core";
import { SITE_HOST } from "./site.ts";
import { CHROMIUM, OFFLINE_FLAGS } from "../../scripts/chromium.mjs";

export { CHROMIUM };

/**
 * With `sitePort`, the site's public host (https://graphics.example.org) resolves to the test
 * nginx on that port, and its self-signed certificate is accepted: the browser loads the deploy
 * build from its real address, as readers and host pages will.
 */
export function launchBrowser({ sitePort }: { sitePort?: number } = {}): Promise<Browser> {
  const site = sitePort
    ? [`--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1:${sitePort}`, "--ignore-certificate-errors"]
    : [];
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...OFFLINE_FLAGS, ...site],
  });
}
