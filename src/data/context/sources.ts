import { z } from "zod";
import { defineTable } from "../table.ts";
import { FLAGS, type Flag } from "../flags.ts";
import { datesInTextProblem, labelCell, text, titleCell } from "../cells.ts";

/**
 * sources.csv: every source the record cites. `url` may hold several addresses, or none for
 * the npm packages (S53, S55), which are shown as text, not links. `verification` repeats the
 * strongest flag taken from the source, sometimes with a note ("V (scope only)").
 */
export const sourcesTable = defineTable({
  file: "sources.csv",
  schema: z.object({
    source_id: text("code").pipe(z.string().regex(/^S\d+$/, "expected an id like S03")),
    publisher: labelCell,
    title: titleCell,
    url: text("url", { optional: true })
      .refine(
        (s) => !/\bjavascript:|\bdata:/i.test(s),
        "holds a script or data address; only web addresses are allowed",
      )
      .transform((s) => ({ text: s, links: [...s.matchAll(/https?:\/\/[^\s;()]+/g)].map((m) => m[0]) })),
    /** as the source dates itself: "2023-07-27", "2021-02", "2022 (date R)", "n.d." */
    date: labelCell.superRefine((s, ctx) => {
      const problem = datesInTextProblem(s);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    }),
    verification: text("label").transform((s, ctx) => {
      const m = /^(V2|V|C|R|X)\b\s*(?:\((.*)\))?$/.exec(s);
      if (!m) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown flag "${s}" (expected ${FLAGS.join(", ")})` });
        return z.NEVER;
      }
      return { flag: m[1] as Flag, note: m[2] ?? null };
    }),
  }),
  keys: [["source_id"]],
  flags: (r) => [r.verification.flag],
  sourceIds: (r) => [r.source_id],
});

export type SourceRow = z.infer<typeof sourcesTable.schema>;
