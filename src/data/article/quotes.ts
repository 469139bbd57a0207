import type { Location, Person, Quote, Span } from "./types.ts";
import { lastNamedBefore } from "./people.ts";

const PRONOUNS = new Set(["he", "she", "they"]);
const VERBS = "said|added|noted|told|stated|explained|asked|warned|insisted";
const AFTER = new RegExp(`^\\s*,?\\s*([A-Za-z][\\w-]*(?: [A-Z][\\w-]*)*) (?:${VERBS})\\b`);
const BEFORE = new RegExp(`([A-Z][\\w-]*(?: [A-Z][\\w-]*)*|[Hh]e|[Ss]he) (?:${VERBS}),?:?\\s*$`);

/**
 * Direct quotations (straight or curly double quotes) with their speakers. "..., she said"
 * resolves "she" to the person most recently named before the quote.
 */
export function findQuotes(text: string, pieces: Array<{ span: Span; location: Location }>, people: Person[]): Quote[] {
  const quotes: Quote[] = [];
  for (const { span: piece, location } of pieces) {
    for (const m of piece.text.matchAll(/["\u201C]([^"\u201C\u201D]+)["\u201D]/g)) {
      const start = piece.start + m.index + 1;
      const inner: Span = { start, end: start + m[1]!.length, text: m[1]! };
      const after = AFTER.exec(piece.text.slice(m.index + m[0].length));
      const before = BEFORE.exec(piece.text.slice(0, m.index));
      const written = after?.[1] ?? before?.[1] ?? null;
      let speaker: Person | null = null;
      if (written !== null) {
        speaker = PRONOUNS.has(written.toLowerCase())
          ? lastNamedBefore(text, people, inner.start)
          : (people.find((p) => p.name === written || p.surname === written) ?? null);
      }
      quotes.push({ span: inner, location, speaker, speakerAsWritten: written });
    }
  }
  return quotes;
}
