/**
 * Debian's chromium, as every browser run here starts it (tests, the WordPress test, the contact
 * sheet, the bench's Lighthouse): never a downloaded browser, and no network of its own.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The machine has no network: without these, chromium keeps trying to reach Google's hosts. */
export const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
