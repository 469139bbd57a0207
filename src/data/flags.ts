import { z } from "zod";
import { text } from "./cells.ts";

/**
 * Honesty flags, as defined in data/context/README.md (readers see their meaning from
 * data/text/<lang>.json, ui.flagV ... ui.flagX):
 * V read in the publisher's own text; V2 read in a news report attributing it to the primary
 * source; C computed from data shipped in an npm package; R recalled, no source text (never
 * published); X sources disagree (publish only with both values shown).
 */
export const FLAGS = ["V", "V2", "C", "R", "X"] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * A cell's flags. Some rows carry two ("R/C": one part recalled, the other computed; "V2/C":
 * a reported count with computed coordinates). A row is publishable only if no part is R.
 */
export const flagsCell = text("label", { optional: true }).transform((cell, ctx) => {
  // A note may follow in brackets: "V2/C (count is more than 1000)"; it stays in the raw row.
  const parts = cell
    .replace(/\s*\(.*\)$/, "")
    .split("/")
    .map((p) => p.trim());
  const bad = parts.filter((p) => !(FLAGS as readonly string[]).includes(p));
  if (cell === "" || bad.length > 0) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `unknown flag "${cell}" (expected ${FLAGS.join(", ")}, or two joined by "/")`,
    });
    return z.NEVER;
  }
  return parts as Flag[];
});

/** The flags of one row, with the rules that follow from them. */
export function isPublishable(flags: readonly Flag[]): boolean {
  return !flags.includes("R");
}
