import type { BrowserContext, ConsoleMessage, Frame, Page, Request, Response } from "playwright-core";

/**
 * The page watcher without a test runner: what it sees, as data. tests/support/page-watch.ts wraps
 * it for vitest (expectClean); scripts/wordpress/test.ts, which runs outside vitest, reads it itself.
 */
export interface WatchOptions {
  /**
   * The origins a request may go to: the site under test first, then any other a test names
   * (a host page's origin, a fixture's third origin). Any other request is "off-site".
   * `data:`, `blob:` and `about:` addresses never leave the browser and are always allowed.
   */
  allow: string[];
  /** Console message types that count as problems: errors only, unless a test also refuses warnings. */
  console?: Array<"error" | "warning">;
  /**
   * Problems a caller accepts, one rule each, for what is not the caller's to fix (a host's own
   * requests, say). Return true to let the problem pass; it is then kept in `accepted`, not `problems`.
   */
  accept?: (problem: Problem) => boolean;
}

export interface Problem {
  kind: "console" | "uncaught" | "request failed" | "http" | "off-site";
  /** The address the problem is about: the request's, or the script's that logged or threw (empty when unknown). */
  url: string;
  /** The address of the document a request came from (a frame's, for a request of an embed); empty for console messages and uncaught errors, whose `url` says where. */
  document: string;
  /** One readable line. */
  text: string;
}

export interface PageWatch {
  /** Every problem seen so far, one readable line each, in the order seen. */
  readonly problems: string[];
  /** The same problems with where they happened. */
  readonly seen: Problem[];
  /** Problems the `accept` rule let pass, for a report. */
  readonly accepted: Problem[];
}

const LOCAL = /^(data|blob|about):/;

const frameUrl = (f: Frame | null | undefined) => {
  try {
    return f?.url() ?? "";
  } catch {
    return "";
  }
};
const requestDocument = (r: Request) => {
  try {
    return frameUrl(r.frame());
  } catch {
    // A service worker's request has no frame.
    return "";
  }
};

/**
 * Watches a page (with its frames) or every page of a context: console errors, uncaught
 * exceptions, failed requests (network failures and HTTP responses of 400 or more), and
 * requests to any origin not in `allow`. Attach it before `goto`.
 */
export function watchPage(
  target: Page | BrowserContext,
  { allow, console: levels = ["error"], accept = () => false }: WatchOptions,
): PageWatch {
  const origins = new Set(allow.map((a) => new URL(a).origin));
  const problems: string[] = [];
  const seen: Problem[] = [];
  const accepted: Problem[] = [];
  const add = (p: Problem) => {
    if (accept(p)) return void accepted.push(p);
    seen.push(p);
    problems.push(p.text);
  };
  const onConsole = (m: ConsoleMessage) => {
    if (!(levels as string[]).includes(m.type())) return;
    const url = m.location().url;
    add({ kind: "console", url, document: "", text: `console ${m.type()}: ${m.text()}${url ? ` (${url})` : ""}` });
  };
  const onError = (e: Error) => {
    // The stack names the script that threw, and so the frame it ran in (a chart's, a host's).
    const url = e.stack?.match(/\b(https?:\/\/[^\s)]+?)(?::\d+){0,2}(?=[\s)]|$)/)?.[1] ?? "";
    add({ kind: "uncaught", url, document: "", text: `uncaught: ${e.message}${url ? ` (${url})` : ""}` });
  };
  const onFailed = (r: Request) =>
    add({
      kind: "request failed",
      url: r.url(),
      document: requestDocument(r),
      text: `request failed (${r.failure()?.errorText ?? "?"}): ${r.url()}`,
    });
  const onResponse = (r: Response) => {
    if (r.status() >= 400)
      add({
        kind: "http",
        url: r.url(),
        document: requestDocument(r.request()),
        text: `HTTP ${r.status()}: ${r.url()}`,
      });
  };
  const onRequest = (r: Request) => {
    const url = r.url();
    if (!LOCAL.test(url) && !origins.has(new URL(url).origin))
      add({ kind: "off-site", url, document: requestDocument(r), text: `off-site request: ${url}` });
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
  return { problems, seen, accepted };
}
