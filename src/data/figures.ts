import { readJson } from "./read-json.ts";
import { z } from "zod";
import { DataError, Problems } from "./errors.ts";
import { isoDateCell, text } from "./cells.ts";
import { parseJsonInput } from "./json-input.ts";
import type { Article, NumericMention, Span } from "./article/types.ts";

const figureSchema = z.object({
  id: text("label").pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id")),
  value: z.union([z.number().finite(), isoDateCell], {
    errorMap: () => ({ message: "expected a number or a YYYY-MM-DD date" }),
  }),
  unit: text("label"),
  counts: text("note"),
  /** The person quoted, as the article names them; null where the article speaks in its own voice. */
  speaker: text("label").nullable(),
  said: isoDateCell,
  quote: text("note"),
});

const figuresFileSchema = z.object({
  figures: z.array(figureSchema).min(1, "the site needs at least one figure"),
  notCharted: z.array(
    z.object({ text: text("label"), reason: text("note").pipe(z.string().min(10, "give a reason")) }),
  ),
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
export function loadFigures(
  path: string,
  display: string,
  article: Article,
): { figures: Figure[]; notCharted: NotCharted[] } {
  const json = readJson(path, display);
  const data = parseJsonInput(figuresFileSchema, json, display);

  // Each figure is checked on its own; every problem is reported.
  const problems = new Problems();
  const ids = new Set<string>();
  const figures = data.figures.flatMap((input, i) => problems.run(() => checkFigure(input, i)) ?? []);
  function checkFigure(input: FigureInput, i: number): Figure {
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
    const dates = new Set([
      article.published,
      ...article.mentions.filter((m) => m.kind === "date" || m.kind === "weekday").map((m) => String(m.value)),
    ]);
    if (!dates.has(input.said)) {
      throw new DataError(
        display,
        where,
        "said",
        `${input.said} is neither the publication date nor a date ${article.file} mentions (${[...dates].join(", ")})`,
      );
    }
    if (input.speaker !== null && !article.people.some((p) => p.name === input.speaker)) {
      throw new DataError(display, where, "speaker", `"${input.speaker}" is not named in ${article.file}`);
    }
    return { ...input, quoteSpan, mention };
  }

  const notCharted = data.notCharted.flatMap((entry, i): NotCharted[] => {
    const mention = article.mentions.find((m) => m.span.text === entry.text);
    if (!mention) {
      problems.add(
        new DataError(display, `notCharted[${i}]`, "text", `"${entry.text}" is not a number the article mentions`),
      );
      return [];
    }
    return [{ ...entry, mention }];
  });

  for (const m of article.mentions) {
    const used = figures.some((f) => f.mention === m) || notCharted.some((n) => n.mention === m);
    // A figure that failed its own check may be the one that uses this number: say nothing twice.
    if (!used && problems.list.length === 0) {
      problems.add(
        new DataError(
          display,
          "notCharted",
          "-",
          `the number "${m.span.text}" (${article.file}, offset ${m.span.start}) is neither a figure nor listed as not charted`,
        ),
      );
    }
  }
  problems.done();
  return { figures, notCharted };
}
