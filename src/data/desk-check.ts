import { z } from "zod";
import { readJson } from "./read-json.ts";
import { DataError } from "./errors.ts";
import { isoDateCell, text } from "./cells.ts";
import { parseJsonInput } from "./json-input.ts";
import type { Article } from "./article/types.ts";

const deskCheckSchema = z.object({
  /** The day the desk last read the record against the article: the story's "checked as of". */
  checkedAsOf: isoDateCell,
  /** The chart shown first, under the headline, in the place of the photo the page does not reproduce. */
  leadChart: text("label"),
});

/** data/check.json: when the story was checked, and which chart leads it. */
export type DeskCheck = z.infer<typeof deskCheckSchema>;

/** Reads data/check.json; a check dated before the article was published is refused. */
export function loadDeskCheck(path: string, display: string, article: Article): DeskCheck {
  const check = parseJsonInput(deskCheckSchema, readJson(path, display), display);
  if (check.checkedAsOf < article.published) {
    throw new DataError(
      display,
      "file",
      "checkedAsOf",
      `${check.checkedAsOf} is before the article's publication (${article.published})`,
    );
  }
  return check;
}
