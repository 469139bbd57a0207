import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./paths.ts";

export const DIST = join(ROOT, "dist");

/** Every file in a built site (dist/ by default), as paths relative to it. */
export function distFiles(root = DIST, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(root, path) : [relative(root, path)];
  });
}

export const readDist = (file: string) => readFileSync(join(DIST, file), "utf8");

/** Text files a reader or a tool could read a value from. */
export const TEXT_FILE = /\.(html|json|csv|svg|js|css|txt|xml)$/;

/** Text as a browser reads it from HTML that linkedom leaves escaped (a textarea's content). */
export const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
