import { readJson } from "./read-json.ts";
import { z } from "zod";
import { DataError } from "./errors.ts";
import type { Article, NumericMention, Span } from "./article/types.ts";

const figureSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  value: z.union([z.number(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a number or a YYYY-MM-DD date")]),
  unit: z.string().min(1),
  counts: z.string().min(1),
  /** The person quoted, as the article names them; null where the article speaks in its own voice. */
  speaker: z.string().min(1).nullable(),
  said: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  quote: z.string().min(1),
});

const figuresFileSchema = z.object({
  figures: z.array(figureSchema).min(1),
  notCharted: z.array(z.object({ text: z.string().min(1), reason: z.string().min(10, "give a reason") })),
});

export type FigureInput = z.infer<typeof figureSchema>;

/** An article figure, checked against the seed: its quote's place and the number inside it. */
export interface Figure extends FigureInput {
  quoteSpan: Span;
  mention: NumericMention;
}

export interface NotCharted {
  text: string;
  reason: string;
  mention: NumericMention;
}

function place(index: number, id?: string): string {
  return `figures[${index}]${id ? ` (id "${id}")` : ""}`;
}

/**
 * Reads the curated figures and checks each against the parsed article: the quote must occur
 * in the seed exactly, contain the figure's value, and name a speaker the article names. Every
 * number the parser found must be a figure or be listed as not charted, with a reason.
 */
export function loadFigures(path: string, display: string, article: Article): { figures: Figure[]; notCharted: NotCharted[] } {
  const json = readJson(path, display);
  const parsed = figuresFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, field] = issue.path;
    const where = list === "figures" && typeof index === "number" ? place(index) : issue.path.slice(0, 2).join(".") || "file";
    throw new DataError(display, where, String(field ?? list ?? "-"), issue.message);
  }

  const ids = new Set<string>();
  const figures = parsed.data.figures.map((input, i): Figure => {
    const where = place(i, input.id);
    if (ids.has(input.id)) throw new DataError(display, where, "id", "duplicate id");
    ids.add(input.id);
    const at = article.text.indexOf(input.quote);
    if (at < 0) throw new DataError(display, where, "quote", `not found verbatim in ${article.file}: "${input.quote}"`);
    const quoteSpan = { start: at, end: at + input.quote.length, text: input.quote };
    const mention = article.mentions.find(
      (m) => m.span.start >= quoteSpan.start && m.span.end <= quoteSpan.end && m.value === input.value,
    );
    if (!mention) throw new DataError(display, where, "value", `the quote does not contain the value ${input.value}`);
    // When it was said comes from the article too: its publication date, or a date it mentions
    // ("announced Wednesday" resolves to 2023-07-26).
    const dates = new Set([article.published, ...article.mentions.filter((m) => m.kind === "date" || m.kind === "weekday").map((m) => String(m.value))]);
    if (!dates.has(input.said)) {
      throw new DataError(display, where, "said", `${input.said} is neither the publication date nor a date ${article.file} mentions (${[...dates].join(", ")})`);
    }
    if (input.speaker !== null && !article.people.some((p) => p.name === input.speaker)) {
      throw new DataError(display, where, "speaker", `"${input.speaker}" is not named in ${article.file}`);
    }
    return { ...input, quoteSpan, mention };
  });

  const notCharted = parsed.data.notCharted.map((entry, i): NotCharted => {
    const mention = article.mentions.find((m) => m.span.text === entry.text);
    if (!mention) {
      throw new DataError(display, `notCharted[${i}]`, "text", `"${entry.text}" is not a number the article mentions`);
    }
    return { ...entry, mention };
  });

  for (const m of article.mentions) {
    const used = figures.some((f) => f.mention === m) || notCharted.some((n) => n.mention === m);
    if (!used) {
      throw new DataError(
        display,
        "notCharted",
        "-",
        `the number "${m.span.text}" (${article.file}, offset ${m.span.start}) is neither a figure nor listed as not charted`,
      );
    }
  }
  return { figures, notCharted };
}
