import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadStory, type StoryPaths } from "../data/story.ts";
import { loadVersions, type VersionEntry } from "../data/versions.ts";
import { loadText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart } from "../render/chart.ts";
import { toCsv } from "../downloads/csv.ts";
import { changes, pendingCorrections } from "./versions.ts";

/**
 * `npm run record-version`: for every chart whose rows differ from its latest published version
 * (or that has none yet), write the next version: its CSV under data/versions/ and its entry in
 * data/versions/index.json. A change of a value needs a logged correction for that chart
 * (data/corrections.json), which the new version then names, dated as the correction; a change
 * of text only, and a chart's first version, need none. Returns one line per chart it recorded,
 * or throws naming the chart that needs a correction first.
 */
export function recordVersions(paths: StoryPaths, today: string): string[] {
  const story = loadStory(paths);
  const text = loadText("en", paths.dataDir);
  const versions = loadVersions(paths);
  const index: Record<string, VersionEntry[]> = structuredClone(versions.index);
  const done: string[] = [];
  const refused: string[] = [];
  const writes: Array<[string, string]> = [];
  for (const spec of CHARTS) {
    const chart = renderChart(spec, story, text);
    const csv = toCsv(chart.rows, chart.columns);
    const list = (index[spec.id] ??= []);
    const latest = list.at(-1);
    let entry: VersionEntry;
    if (!latest) entry = { version: 1, date: today };
    else {
      const found = changes(versions.snapshot(spec.id, latest.version), csv, chart);
      if (found.length === 0) continue;
      if (found.some((c) => c.value)) {
        const correction = pendingCorrections(spec.id, versions).at(-1);
        if (!correction) {
          refused.push(`${spec.id}: ${found.filter((c) => c.value).length} value(s) changed and no correction is logged for it in data/corrections.json`);
          continue;
        }
        entry = { version: latest.version + 1, date: correction.date, correction: correction.id };
      } else entry = { version: latest.version + 1, date: today };
    }
    list.push(entry);
    writes.push([join(versions.dir, `${spec.id}.v${entry.version}.csv`), csv]);
    done.push(`${spec.id}: version ${entry.version} (${entry.date})${entry.correction ? `, correction "${entry.correction}"` : ""}`);
  }
  if (refused.length > 0) throw new Error(`record-version: nothing written.\n${refused.join("\n")}`);
  mkdirSync(versions.dir, { recursive: true });
  for (const [file, csv] of writes) writeFileSync(file, csv);
  if (writes.length > 0) writeFileSync(join(versions.dir, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
  return done;
}
