import { expect } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { watchPage as watch, type PageWatch as CoreWatch, type WatchOptions } from "./page-watch-core.ts";

export type { Problem, WatchOptions } from "./page-watch-core.ts";

export interface PageWatch extends CoreWatch {
  /** Fails the test with the whole list when anything was seen. */
  expectClean(what?: string): void;
}

/**
 * The page watcher for vitest: console errors, uncaught exceptions, failed and off-site requests
 * (tests/support/page-watch-core.ts), and expectClean() to fail a test on any of them. Attach it before `goto`.
 */
export function watchPage(target: Page | BrowserContext, options: WatchOptions): PageWatch {
  const w = watch(target, options);
  return {
    ...w,
    expectClean(what = "the page") {
      expect(w.problems, `${what}: ${w.problems.length} problem(s)\n${w.problems.join("\n")}`).toEqual([]);
    },
  };
}
