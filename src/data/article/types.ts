/** A piece of the seed text, located by character offsets into the whole file. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where in the article a piece of text sits: the photo caption or a body paragraph (0-based). */
export type Location = { part: "caption" } | { part: "paragraph"; index: number };

export interface Person {
  /** Full name as first written: "Rosa Icela Rodriguez". */
  name: string;
  /** The last word of the name, as the text refers back to them: "Rodriguez". */
  surname: string;
  /** Title written before the name: "Security Secretary". */
  role: string;
  span: Span;
}

export interface Quote {
  /** The words inside the quotation marks. */
  span: Span;
  location: Location;
  /** Who said it, resolved from "she said" / "Barcena added"; null if the text does not say. */
  speaker: Person | null;
  /** How the text names the speaker at the quote: "she", "Barcena". */
  speakerAsWritten: string | null;
}

export type MentionKind = "percent" | "count" | "number-word" | "date" | "weekday";

export interface NumericMention {
  kind: MentionKind;
  /** Numbers as numbers (70, 200000, 9); dates and weekdays as ISO days (2023-07-26). */
  value: number | string;
  span: Span;
  location: Location;
  /** What the number counts, where the sentence says it: "weapons", "arms stores"; null for dates. */
  counts: string | null;
}

export interface Article {
  /** The seed file's name, for error messages and provenance. */
  file: string;
  /** The seed text exactly as read; every Span points into it. */
  text: string;
  publisher: string;
  section: string | null;
  headline: Span;
  /** ISO day of publication. */
  published: string;
  publishedSpan: Span;
  caption: { span: Span; text: string; credit: string } | null;
  paragraphs: Span[];
  /** Lines recognised as site furniture and left out ("Contact Us", "Subscribe"). */
  furniture: Span[];
  people: Person[];
  quotes: Quote[];
  mentions: NumericMention[];
}
