import { Resvg } from "@resvg/resvg-js";
import { DataError, Problems } from "../data/errors.ts";
import { defaultPaths, loadStory, type Story, type StoryPaths } from "../data/story.ts";
import { LANGS, loadText } from "../i18n/text.ts";
import { claimTemplate } from "../i18n/claim-text.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart } from "../render/chart.ts";
import { standaloneSvg } from "../publish/standalone-svg.ts";
import { loadVersions } from "../data/versions.ts";
import type { RenderedChart } from "../render/chart.ts";
import { versionProblems } from "./versions.ts";

export interface InputCheck {
  /** One line per problem: "Data error: <file>, <place>, field "<field>": <problem>", or "Chart error: ...". */
  lines: string[];
  story: Story | undefined;
  rendered: number;
  seconds: number;
}

/**
 * Everything the build checks before it renders a page: every input (seed, figures, context
 * tables, claims, map geometry, both editions' text), then every chart computed from them in
 * both editions, and each chart's standalone SVG parsed the way the PNG step parses it. Every
 * problem is collected, not only the first. `scripts/check-data.ts` prints the result; tests
 * call this directly on fixtures.
 */
export function checkInputs(paths: StoryPaths = defaultPaths()): InputCheck {
  const started = performance.now();
  const problems = new Problems();
  const chartErrors: string[] = [];
  const story = problems.run(() => loadStory(paths));
  const texts = LANGS.map((lang) => problems.run(() => loadText(lang, paths.dataDir)));
  let rendered = 0;
  const english: RenderedChart[] = [];
  const versions = problems.run(() => loadVersions(paths));

  if (story) {
    for (const text of texts) {
      if (!text) continue;
      for (const claim of story.claims) {
        for (const kind of ["label", "finding", "correction"] as const) {
          problems.run(() => {
            try {
              claimTemplate(claim, text, kind);
            } catch (e) {
              if (e instanceof DataError) throw e;
              // "data/text/es.json: claims.<id>.finding is missing": the file and key, as one line.
              const [file, rest = ""] = (e as Error).message.split(/: (.*)/s);
              throw new DataError(file!, `claims.${claim.id}`, kind, rest.replace(/^claims\.\S+ ?/, "") || "is wrong");
            }
          });
        }
      }
      for (const spec of CHARTS) {
        try {
          const chart = problems.run(() => renderChart(spec, story, text));
          if (!chart) continue;
          rendered++;
          if (text.lang === "en") english.push(chart);
          // The PNG step parses the standalone SVG as XML (resvg): any text that breaks it is found here.
          const ui = text.ui;
          const { svg } = standaloneSvg(chart, {
            credit: ui["siteName"] ?? "",
            sources: ui["standaloneSources"] ?? "",
            asReportedBy: ui["asReportedBy"] ?? "",
          });
          try {
            new Resvg(svg, { font: { loadSystemFonts: false } });
          } catch (e) {
            chartErrors.push(
              `Chart error: ${spec.id} (${text.lang}): the standalone SVG does not parse (${(e as Error).message})`,
            );
          }
        } catch (e) {
          // A chart that cannot be made from data the checks passed: a bug to fix in its module.
          chartErrors.push(`Chart error: ${spec.id} (${text.lang}): ${(e as Error).message.split("\n")[0]}`);
        }
      }
    }
  }
  // A published number never changes silently: each chart against its latest version.
  const versionLines: string[] = [];
  if (story && versions) {
    for (const c of versions.corrections) {
      if (!CHARTS.some((spec) => spec.id === c.chart))
        versionLines.push(
          `Data error: data/corrections.json, correction "${c.id}", field "chart": no chart "${c.chart}"`,
        );
      if (!story.record.sources.has(c.source_id))
        versionLines.push(
          `Data error: data/corrections.json, correction "${c.id}", field "source_id": ${c.source_id} is not in data/context/sources.csv`,
        );
    }
    if (english.length === CHARTS.length) versionLines.push(...versionProblems(english, versions));
  }
  return {
    lines: [...problems.list.map((p) => `Data error: ${p.message}`), ...chartErrors, ...versionLines],
    story,
    rendered,
    seconds: (performance.now() - started) / 1000,
  };
}
