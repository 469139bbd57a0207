/**
 * The build's first step: load and check every input (seed, figures, context tables, claims,
 * map geometry, both editions' text), then compute every chart from it and parse each chart's
 * standalone SVG the way the PNG step will. Bad input stops here, before Astro writes anything,
 * with one line per problem naming file, place and field — every problem, not only the first.
 */
import { Resvg } from "@resvg/resvg-js";
import { DataError, Problems } from "../src/data/errors.ts";
import { loadStory } from "../src/data/story.ts";
import { LANGS, loadText } from "../src/i18n/text.ts";
import { claimTemplate } from "../src/i18n/claim-text.ts";
import { CHARTS } from "../src/charts/registry.ts";
import { renderChart } from "../src/render/chart.ts";
import { standaloneSvg } from "../src/downloads/standalone-svg.ts";

const started = performance.now();
const problems = new Problems();
const chartErrors: string[] = [];
const story = problems.run(() => loadStory());
const texts = LANGS.map((lang) => problems.run(() => loadText(lang)));
let rendered = 0;

if (story) {
  for (const text of texts) {
    if (!text) continue;
    for (const claim of story.claims) {
      for (const kind of ["finding", "correction"] as const) {
        problems.run(() => {
          try {
            claimTemplate(claim, text, kind);
          } catch (e) {
            if (e instanceof DataError) throw e;
            // "data/text/es.json: claims.<id>.finding is missing": the file and key, as one line.
            const [file, rest] = (e as Error).message.split(/: (.*)/s) as [string, string];
            throw new DataError(file, `claims.${claim.id}`, kind, rest.replace(/^claims\.[^ ]+ ?/, "") || "is wrong");
          }
        });
      }
    }
    for (const spec of CHARTS) {
      try {
        const chart = problems.run(() => renderChart(spec, story, text));
        if (!chart) continue;
        rendered++;
        // The PNG step parses the standalone SVG as XML (resvg): any text that breaks it is found here.
        const ui = text.ui;
        const { svg } = standaloneSvg(chart, { credit: ui["siteName"] ?? "", sources: ui["standaloneSources"] ?? "", asReportedBy: ui["asReportedBy"] ?? "" });
        try {
          new Resvg(svg, { font: { loadSystemFonts: false } });
        } catch (e) {
          chartErrors.push(`${spec.id} (${text.lang}): the standalone SVG does not parse (${(e as Error).message})`);
        }
      } catch (e) {
        // A chart that cannot be made from data the checks passed: a bug to fix in its module.
        chartErrors.push(`${spec.id} (${text.lang}): ${(e as Error).message.split("\n")[0]}`);
      }
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.list.length > 0 || chartErrors.length > 0) {
  for (const p of problems.list) console.error(`Data error: ${p.message}`);
  for (const c of chartErrors) console.error(`Chart error: ${c}`);
  const n = problems.list.length + chartErrors.length;
  console.error(`check-data: ${n} problem${n === 1 ? "" : "s"} found in ${seconds} s; nothing was built.`);
  process.exit(1);
}
const s = story!;
const published = Object.values(s.record.rows).reduce((n, rows) => n + rows.length, 0);
const withheld = Object.values(s.record.withheld).reduce((n, rows) => n + rows.length, 0);
console.log(
  `data ok: ${s.article.paragraphs.length} paragraphs, ${s.article.mentions.length} numbers, ` +
    `${s.figures.length} figures, ${s.claims.length} claims, ${published} record rows (${withheld} R rows withheld), ` +
    `${rendered} charts rendered in ${LANGS.length} languages, checked in ${seconds} s`,
);
