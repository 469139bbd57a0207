import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { serveStatic } from "./static-server.ts";
import { ROOT } from "./paths.ts";

/**
 * For a test file that drives Chromium over the built site: serves dist/ on a free port and
 * starts the browser before its tests, and stops both after them.
 */
export function useBuiltSite(): { browser: Browser; site: Awaited<ReturnType<typeof serveStatic>> } {
  const session = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveStatic>> };
  beforeAll(async () => {
    session.site = await serveStatic(join(ROOT, "dist"));
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
