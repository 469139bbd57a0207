import { z } from "zod";
import { defineTable } from "../table.ts";
import { FLAGS, type Flag } from "../flags.ts";
import { textCell } from "../cells.ts";

/**
 * sources.csv: every source the record cites. `url` may hold several addresses, or none for
 * the npm packages (S53, S55), which are shown as text, not links. `verification` repeats the
 * strongest flag taken from the source, sometimes with a note ("V (scope only)").
 */
export const sourcesTable = defineTable({
  file: "sources.csv",
  schema: z.object({
    source_id: z.string().trim().regex(/^S\d+$/, "expected an id like S03"),
    publisher: textCell,
    title: textCell,
    url: z
      .string()
      .trim()
      .transform((s) => ({ text: s, links: [...s.matchAll(/https?:\/\/[^\s;()]+/g)].map((m) => m[0]) })),
    date: textCell,
    verification: z
      .string()
      .trim()
      .transform((s, ctx) => {
        const m = /^(V2|V|C|R|X)\b\s*(?:\((.*)\))?$/.exec(s);
        if (!m) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown flag "${s}" (expected ${FLAGS.join(", ")})` });
          return z.NEVER;
        }
        return { flag: m[1] as Flag, note: m[2] ?? null };
      }),
  }),
  flags: (r) => [r.verification.flag],
  sourceIds: (r) => [r.source_id],
});

export type SourceRow = z.infer<typeof sourcesTable.schema>;

/**
 * The address a page links to: the first https one. A source known only by an http address
 * (or an npm package name) is shown as text: the site links only to https.
 */
export function sourceLink(source: SourceRow): string | null {
  return source.url.links.find((l) => l.startsWith("https://")) ?? null;
}

/** A source's date as a reader needs it: "2025 (registry state at session time)" -> "2025". */
export function sourceDate(source: SourceRow): string {
  return source.date.replace(/\s*\(.*\)\s*$/, "");
}

/** The name a reader knows a publisher by: "Telediario / Milenio (summarizing ATF NFCTA)" -> "Telediario / Milenio". */
export function shortPublisher(source: SourceRow): string {
  return source.publisher.replace(/\s*\(.*\)\s*$/, "");
}
