import { expect } from "vitest";
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from "playwright-core";

export interface WatchOptions {
  /**
   * The origins a request may go to: the site under test first, then any other a test names
   * (a host page's origin, a fixture's third origin). Any other request is "off-site".
   * `data:`, `blob:` and `about:` addresses never leave the browser and are always allowed.
   */
  allow: string[];
  /** Console message types that count as problems: errors only, unless a test also refuses warnings. */
  console?: Array<"error" | "warning">;
}

export interface PageWatch {
  /** Every problem seen so far, one readable line each, in the order seen. */
  readonly problems: string[];
  /** Fails the test with the whole list when anything was seen. */
  expectClean(what?: string): void;
}

const LOCAL = /^(data|blob|about):/;

/**
 * Watches a page (with its frames) or every page of a context: console errors, uncaught
 * exceptions, failed requests (network failures and HTTP responses of 400 or more), and
 * requests to any origin not in `allow`. Attach it before `goto`.
 */
export function watchPage(
  target: Page | BrowserContext,
  { allow, console: levels = ["error"] }: WatchOptions,
): PageWatch {
  const origins = new Set(allow.map((a) => new URL(a).origin));
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if ((levels as string[]).includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`);
  };
  const onError = (e: Error) => problems.push(`uncaught: ${e.message}`);
  const onFailed = (r: Request) => problems.push(`request failed (${r.failure()?.errorText ?? "?"}): ${r.url()}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  const onRequest = (r: Request) => {
    const url = r.url();
    if (!LOCAL.test(url) && !origins.has(new URL(url).origin)) problems.push(`off-site request: ${url}`);
  };
  if ("newPage" in target) {
    target.on("console", onConsole);
    target.on("weberror", (e) => onError(e.error()));
  } else {
    target.on("console", onConsole);
    target.on("pageerror", onError);
  }
  // The same four events on a page and on a context.
  const t = target as Page;
  t.on("requestfailed", onFailed);
  t.on("response", onResponse);
  t.on("request", onRequest);
  return {
    problems,
    expectClean(what = "the page") {
      expect(problems, `${what}: ${problems.length} problem(s)\n${problems.join("\n")}`).toEqual([]);
    },
  };
}
