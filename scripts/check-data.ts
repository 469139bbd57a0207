/**
 * The build's first step: load and check every input (seed, figures, context tables, claims,
 * both editions' text) and compute every chart from it. Bad input stops here with one line
 * naming file, row and field, before Astro writes anything.
 */
import { DataError } from "../src/data/errors.ts";
import { loadStory } from "../src/data/story.ts";
import { LANGS, loadText } from "../src/i18n/text.ts";
import { claimTemplate } from "../src/i18n/claim-text.ts";
import { CHARTS } from "../src/charts/registry.ts";
import { renderChart } from "../src/render/chart.ts";

try {
  const story = loadStory();
  let rendered = 0;
  for (const lang of LANGS) {
    const text = loadText(lang);
    for (const claim of story.claims) {
      claimTemplate(claim, text, "finding");
      claimTemplate(claim, text, "correction");
    }
    for (const spec of CHARTS) {
      renderChart(spec, story, text);
      rendered++;
    }
  }
  const published = Object.values(story.record.rows).reduce((n, rows) => n + rows.length, 0);
  const withheld = Object.values(story.record.withheld).reduce((n, rows) => n + rows.length, 0);
  console.log(
    `data ok: ${story.article.paragraphs.length} paragraphs, ${story.article.mentions.length} numbers, ` +
      `${story.figures.length} figures, ${story.claims.length} claims, ${published} record rows (${withheld} R rows withheld), ` +
      `${rendered} charts rendered in ${LANGS.length} languages`,
  );
} catch (error) {
  if (error instanceof DataError) {
    console.error(`Data error: ${error.message}`);
    process.exit(1);
  }
  // A chart or a translation that cannot be made from the data: still one line, no stack.
  console.error(`Chart error: ${(error as Error).message}`);
  process.exit(1);
}
