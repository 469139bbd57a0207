import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadStory, type StoryPaths } from "../data/story.ts";
import { loadVersions, type VersionEntry } from "../data/versions.ts";
import { loadText } from "../i18n/text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type RenderedChart } from "../render/chart.ts";
import { toCsv } from "../publish/csv.ts";
import { sourceMeta } from "../publish/json.ts";
import { DATA_LICENSE } from "../publish/urls.ts";
import { changes, pendingCorrections } from "./versions.ts";

/**
 * `npm run record-version`: for every chart whose rows differ from its latest published version
 * (or that has none yet), write the next version: its CSV and JSON under data/versions/ and its
 * entry in data/versions/index.json. A changed value needs a logged correction for that chart
 * (data/corrections.json); the new version names every correction logged since the last one and
 * is dated as the newest. A chart's first version, and the same rows in a new order, need none.
 * Returns one line per chart recorded; throws, writing nothing, when a chart needs a correction.
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
      const pending = pendingCorrections(spec.id, versions);
      if (found.some((c) => c.value)) {
        if (pending.length === 0) {
          refused.push(
            `${spec.id}: ${found.filter((c) => c.value).length} value(s) changed and no correction is logged for it in data/corrections.json`,
          );
          continue;
        }
        const date = pending
          .map((c) => c.date)
          .sort()
          .at(-1)!;
        entry = { version: latest.version + 1, date, corrections: pending.map((c) => c.id) };
      } else entry = { version: latest.version + 1, date: today };
    }
    list.push(entry);
    writes.push([join(versions.dir, `${spec.id}.v${entry.version}.csv`), csv]);
    writes.push([
      join(versions.dir, `${spec.id}.v${entry.version}.json`),
      versionJson(chart, entry, versions.corrections),
    ]);
    done.push(
      `${spec.id}: version ${entry.version} (${entry.date})${entry.corrections ? `, ${entry.corrections.map((c) => `correction "${c}"`).join(", ")}` : ""}`,
    );
  }
  if (refused.length > 0) throw new Error(`record-version: nothing written.\n${refused.join("\n")}`);
  mkdirSync(versions.dir, { recursive: true });
  for (const [file, body] of writes) writeFileSync(file, body);
  if (writes.length > 0) writeFileSync(join(versions.dir, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
  return done;
}

/**
 * A version's JSON as published (`/data/<id>.v<N>.json`), written once when it is recorded and
 * served unchanged ever after: its rows, what each column means, its sources and licence, and the
 * corrections it makes.
 */
function versionJson(
  chart: RenderedChart,
  entry: VersionEntry,
  corrections: Array<{ id: string; date: string; source_id: string; en: { what: string; why: string } }>,
): string {
  const body = {
    chart: {
      id: chart.id,
      version: entry.version,
      date: entry.date,
      title: chart.title,
      license: DATA_LICENSE,
      sources: chart.sources.map(sourceMeta),
      corrections: (entry.corrections ?? []).map((id) => {
        const c = corrections.find((x) => x.id === id)!;
        return { id: c.id, date: c.date, source_id: c.source_id, ...c.en };
      }),
    },
    columns: chart.columns.map(({ key, type, label, description }) => ({ key, type, label, description })),
    rows: chart.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
