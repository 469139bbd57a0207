import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { DataError } from "./errors.ts";
import { parseArticle } from "./article/parse.ts";
import type { Article } from "./article/types.ts";
import { loadFigures, type Figure, type NotCharted } from "./figures.ts";
import { loadRecord, type PublicRecord } from "./record.ts";
import { loadClaims, type Claim } from "./claims.ts";
import { perDay, type DerivedFigure } from "./derived.ts";

/** Where the inputs live. Tests point these at fixtures; the site uses the defaults. */
export interface StoryPaths {
  root: string;
  seedsDir: string;
  dataDir: string;
}

export function defaultPaths(env: Record<string, string | undefined> = process.env): StoryPaths {
  const root = process.cwd();
  return {
    root,
    seedsDir: env["STORY_SEEDS_DIR"] ?? join(root, "seeds"),
    dataDir: env["STORY_DATA_DIR"] ?? join(root, "data"),
  };
}

/** Everything the site is made from, typed and checked. */
export interface Story {
  article: Article;
  figures: Figure[];
  notCharted: NotCharted[];
  derived: DerivedFigure[];
  record: PublicRecord;
  claims: Claim[];
}

/**
 * Loads the seed, figures, context tables and claims, checking each against the others. The
 * first inconsistency throws a DataError naming file, place and field.
 */
export function loadStory(paths: StoryPaths = defaultPaths()): Story {
  const shown = (p: string) => relative(paths.root, p) || p;
  const seeds = safeList(paths.seedsDir, shown(paths.seedsDir)).filter((f) => f.endsWith(".txt"));
  if (seeds.length !== 1) {
    throw new DataError(shown(paths.seedsDir), "folder", "-", `expected exactly one .txt seed, found ${seeds.length}`);
  }
  const seedPath = join(paths.seedsDir, seeds[0]!);
  const article = parseArticle(readFileSync(seedPath, "utf8"), shown(seedPath));
  const figuresPath = join(paths.dataDir, "figures.json");
  const { figures, notCharted } = loadFigures(figuresPath, shown(figuresPath), article);
  const contextDir = join(paths.dataDir, "context");
  const record = loadRecord(contextDir, shown(contextDir));
  const claimsPath = join(paths.dataDir, "claims.json");
  const claims = loadClaims(claimsPath, shown(claimsPath), record, article, figures);
  const derived = figures.filter((f) => f.unit === "weapons per year").map(perDay);
  return { article, figures, notCharted, derived, record, claims };
}

function safeList(dir: string, display: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    throw new DataError(display, "folder", "-", "cannot be read (missing folder?)");
  }
}

let cached: Story | undefined;

/** The site's story, loaded once per build. */
export function getStory(): Story {
  cached ??= loadStory();
  return cached;
}
