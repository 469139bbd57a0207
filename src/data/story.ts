import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { DataError, Problems } from "./errors.ts";
import { loadMap } from "./geo.ts";
import type { MapLayers } from "../map/geometry.ts";
import { parseArticle } from "./article/parse.ts";
import type { Article } from "./article/types.ts";
import { loadFigures, type Figure, type NotCharted } from "./figures.ts";
import { loadRecord, type PublicRecord } from "./record.ts";
import { loadClaims, type Claim } from "./claims.ts";
import { perDay, type DerivedFigure } from "./derived.ts";
import { loadDeskCheck, type DeskCheck } from "./desk-check.ts";
import { loadChartInputs, type ChartInputs } from "./chart-inputs.ts";

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
  /** When the desk checked the story, and the chart that leads it (data/check.json). */
  check: DeskCheck;
  /** The trace period the charts show, and the record rows each chart reads by name (data/charts.json). */
  charts: ChartInputs;
  /** The flow map's geometry, derived once from data/geo/us-mexico.topo.json after its checks. */
  map: MapLayers;
}

/**
 * Loads the seed, figures, context tables, claims and map geometry, checking each against the
 * others. Every problem is reported (a DataErrors naming file, place and field of each); a
 * check that needs an input with problems waits for the next run.
 */
export function loadStory(paths: StoryPaths = defaultPaths()): Story {
  const shown = (p: string) => relative(paths.root, p) || p;
  const problems = new Problems();
  const article = problems.run(() => {
    const seeds = safeList(paths.seedsDir, shown(paths.seedsDir)).filter((f) => f.endsWith(".txt"));
    if (seeds.length !== 1) {
      throw new DataError(
        shown(paths.seedsDir),
        "folder",
        "-",
        `expected exactly one .txt seed, found ${seeds.length}`,
      );
    }
    const seedPath = join(paths.seedsDir, seeds[0]!);
    return parseArticle(readFileSync(seedPath, "utf8"), shown(seedPath));
  });
  const figuresPath = join(paths.dataDir, "figures.json");
  const figured = article && problems.run(() => loadFigures(figuresPath, shown(figuresPath), article));
  const contextDir = join(paths.dataDir, "context");
  const record = problems.run(() => loadRecord(contextDir, shown(contextDir)));
  const claimsPath = join(paths.dataDir, "claims.json");
  const claims =
    article &&
    figured &&
    record &&
    problems.run(() => loadClaims(claimsPath, shown(claimsPath), record, article, figured.figures));
  const checkPath = join(paths.dataDir, "check.json");
  const check = article && problems.run(() => loadDeskCheck(checkPath, shown(checkPath), article));
  const geoPath = join(paths.dataDir, "geo", "us-mexico.topo.json");
  const chartsPath = join(paths.dataDir, "charts.json");
  const charts =
    record && problems.run(() => loadChartInputs(chartsPath, shown(chartsPath), record, shown(contextDir)));
  const map =
    record &&
    charts &&
    problems.run(() => loadMap(geoPath, shown(geoPath), record, charts.sourceStates, shown(contextDir)));
  problems.done();
  const { figures, notCharted } = figured!;
  const derived = figures.filter((f) => f.unit === "weapons per year").map(perDay);
  return {
    article: article!,
    figures,
    notCharted,
    derived,
    record: record!,
    claims: claims!,
    check: check!,
    charts: charts!,
    map: map!,
  };
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
