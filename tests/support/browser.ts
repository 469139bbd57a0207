import { chromium, type Browser } from "playwright-core";
import { SITE_HOST } from "./site.ts";

/** Debian's chromium (apt-get install chromium); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

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
    // The machine has no network: without these, chromium keeps trying to reach Google's hosts.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...site,
    ],
  });
}
