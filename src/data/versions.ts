import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DataError } from "./errors.ts";
import { readJson } from "./read-json.ts";
import { text } from "./cells.ts";
import type { StoryPaths } from "./story.ts";

/**
 * What was published, and every correction since (README.md, "Correcting a number").
 * - `data/versions/<id>.v<N>.csv` and `.json`: what chart <id> published as version N, byte for
 *   byte its CSV download then, and its rows with metadata. Kept for good; `/data/<id>.v<N>.csv`
 *   and `.json` serve them unchanged.
 * - `data/versions/index.json`: per chart, each version's number, date and the corrections it
 *   makes (none for version 1, or for the same rows in a new order).
 * - `data/corrections.json`: each correction to this site's own figures: chart, date, what
 *   changed and why in each edition's language, and the source that justifies it.
 * The build refuses a chart whose rows differ from its latest version (src/check/versions.ts);
 * `npm run record-version` writes the next one.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-11-30");

const versionSchema = z.object({
  version: z.number().int().positive(),
  date: isoDate,
  /** The corrections this version makes (ids in data/corrections.json); none for version 1. */
  corrections: z.array(z.string().min(1)).min(1).optional(),
});

// The same text rules as every other text a reader sees (no control or invisible characters, a length limit).
const wording = z.object({ what: text("note"), why: text("note") });

const correctionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "expected a kebab-case id"),
  chart: z.string().min(1),
  date: isoDate,
  source_id: z.string().regex(/^S\d+$/, "expected a source id like S03"),
  en: wording,
  es: wording,
});

export type VersionEntry = z.infer<typeof versionSchema>;
export type Correction = z.infer<typeof correctionSchema>;

export interface Versions {
  /** Per chart id, its versions, oldest first. */
  index: Record<string, VersionEntry[]>;
  corrections: Correction[];
  /** The published CSV of one version. */
  snapshot(id: string, version: number): string;
  /** The published JSON of one version. */
  snapshotJson(id: string, version: number): string;
  /** Where the files live (for messages and for record-version). */
  dir: string;
  correctionsFile: string;
}

export function loadVersions(paths: Pick<StoryPaths, "dataDir">): Versions {
  const dir = join(paths.dataDir, "versions");
  const indexFile = join(dir, "index.json");
  const correctionsFile = join(paths.dataDir, "corrections.json");
  const index = existsSync(indexFile)
    ? parse(
        z.record(z.string(), z.array(versionSchema)),
        readJson(indexFile, "data/versions/index.json"),
        "data/versions/index.json",
      )
    : {};
  const corrections = existsSync(correctionsFile)
    ? parse(z.array(correctionSchema), readJson(correctionsFile, "data/corrections.json"), "data/corrections.json")
    : [];
  const ids = new Set<string>();
  for (const c of corrections) {
    if (ids.has(c.id)) throw new DataError("data/corrections.json", `correction "${c.id}"`, "id", "is used twice");
    ids.add(c.id);
  }
  for (const [chart, versions] of Object.entries(index)) {
    versions.forEach((v, i) => {
      const where = `${chart} version ${v.version}`;
      if (v.version !== i + 1)
        throw new DataError(
          "data/versions/index.json",
          where,
          "version",
          `expected ${i + 1}: versions are numbered 1, 2, 3 ... without gaps`,
        );
      for (const id of v.corrections ?? []) {
        if (!corrections.some((c) => c.id === id && c.chart === chart))
          throw new DataError(
            "data/versions/index.json",
            where,
            "corrections",
            `names "${id}", which data/corrections.json does not list for ${chart}`,
          );
      }
      for (const ext of ["csv", "json"]) {
        if (!existsSync(join(dir, `${chart}.v${v.version}.${ext}`)))
          throw new DataError(
            "data/versions/index.json",
            where,
            "version",
            `has no file data/versions/${chart}.v${v.version}.${ext}`,
          );
      }
    });
  }
  return {
    index,
    corrections,
    snapshot: (id, version) => readFileSync(join(dir, `${id}.v${version}.csv`), "utf8"),
    snapshotJson: (id, version) => readFileSync(join(dir, `${id}.v${version}.json`), "utf8"),
    dir,
    correctionsFile,
  };
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DataError(
    file,
    issue.path.slice(0, -1).join(".") || "file",
    String(issue.path.at(-1) ?? "-"),
    issue.message,
  );
}

/** A chart's published history, in one edition's language. */
export interface ChartHistory {
  /** The current version (1 for a chart not yet recorded). */
  version: number;
  /** Its date; null until the chart's first version is recorded. */
  date: string | null;
  versions: Array<{
    version: number;
    date: string;
    corrections: Array<{ id: string; date: string; what: string; why: string; source_id: string }>;
  }>;
  /** The newest correction, for the one-line notice under the chart's title; null if none. */
  latestCorrection: { date: string; what: string; why: string; source_id: string } | null;
}

export function chartHistory(versions: Versions, id: string, lang: string): ChartHistory {
  const list = versions.index[id] ?? [];
  const words = (c: Correction) => ({
    id: c.id,
    date: c.date,
    source_id: c.source_id,
    ...(lang === "es" ? c.es : c.en),
  });
  const history = list.map((v) => ({
    version: v.version,
    date: v.date,
    corrections: (v.corrections ?? []).map((id) => words(versions.corrections.find((x) => x.id === id)!)),
  }));
  const latest =
    history
      .flatMap((v) => v.corrections)
      .sort((a, b) => b.date.localeCompare(a.date))
      .at(0) ?? null;
  return {
    version: list.at(-1)?.version ?? 1,
    date: list.at(-1)?.date ?? null,
    versions: history,
    latestCorrection: latest,
  };
}
