import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { startDeployServer, type DeployServer } from "./nginx.ts";
import { SITE } from "./site.ts";

export interface SiteSession {
  browser: Browser;
  /** `url`: the site's public address, as the browser reaches it; `server`: the nginx behind it. */
  site: { url: string; server: DeployServer };
}

/**
 * For a test file that drives Chromium over the built site: serves dist/ with the deploy nginx
 * and starts the browser before its tests, and stops both after them.
 */
export function useBuiltSite(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    const server = await startDeployServer();
    session.site = { url: SITE, server };
    session.browser = await launchBrowser({ sitePort: server.tlsPort });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.server.stop();
  });
  return session;
}
