/**
 * The build's first step: load and check every input (seed, figures, context tables, claims).
 * Bad input stops here with one line naming file, row and field, before Astro writes anything.
 */
import { DataError } from "../src/data/errors.ts";
import { loadStory } from "../src/data/story.ts";

try {
  const story = loadStory();
  const published = Object.values(story.record.rows).reduce((n, rows) => n + rows.length, 0);
  const withheld = Object.values(story.record.withheld).reduce((n, rows) => n + rows.length, 0);
  console.log(
    `data ok: ${story.article.paragraphs.length} paragraphs, ${story.article.mentions.length} numbers, ` +
      `${story.figures.length} figures, ${story.claims.length} claims, ${published} record rows (${withheld} R rows withheld)`,
  );
} catch (error) {
  if (error instanceof DataError) {
    console.error(`Data error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
