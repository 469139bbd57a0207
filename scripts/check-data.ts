/**
 * The build's first step (src/check/inputs.ts): load and check every input, compute every
 * chart from it, and parse each chart's standalone SVG as the PNG step will. Bad input stops
 * here, before Astro writes anything, with one line per problem naming file, place and field —
 * every problem, not only the first.
 */
import { checkInputs } from "../src/check/inputs.ts";
import { LANGS } from "../src/i18n/text.ts";

const { lines, story, rendered, seconds } = checkInputs();
if (lines.length > 0) {
  for (const line of lines) console.error(line);
  console.error(
    `check-data: ${lines.length} problem${lines.length === 1 ? "" : "s"} found in ${seconds.toFixed(1)} s; nothing was built.`,
  );
  process.exit(1);
}
const s = story!;
const published = Object.values(s.record.rows).reduce((n, rows) => n + rows.length, 0);
const withheld = Object.values(s.record.withheld).reduce((n, rows) => n + rows.length, 0);
console.log(
  `data ok: ${s.article.paragraphs.length} paragraphs, ${s.article.mentions.length} numbers, ` +
    `${s.figures.length} figures, ${s.claims.length} claims, ${published} record rows (${withheld} R rows withheld), ` +
    `${rendered} charts rendered in ${LANGS.length} languages, checked in ${seconds.toFixed(1)} s`,
);
