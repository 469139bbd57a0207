/**
 * `npm run record-version`: records the next published version of every chart whose rows
 * changed (src/check/record-version.ts). STORY_DATE=YYYY-MM-DD sets the date of a first version
 * or of a text-only change (default: today, UTC).
 */
import { defaultPaths } from "../src/data/story.ts";
import { recordVersions } from "../src/check/record-version.ts";

const today = process.env["STORY_DATE"] ?? new Date().toISOString().slice(0, 10);
try {
  const done = recordVersions(defaultPaths(), today);
  console.log(
    done.length > 0 ? done.join("\n") : "record-version: every chart's rows are its latest version; nothing to record.",
  );
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
