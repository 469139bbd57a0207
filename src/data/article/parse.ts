import { DataError } from "../errors.ts";
import type { Article, Location, Span } from "./types.ts";
import { isoDay, monthNumber } from "./dates.ts";
import { findMentions } from "./mentions.ts";
import { findPeople } from "./people.ts";
import { findQuotes } from "./quotes.ts";

/** Navigation and widgets a scraper picks up with the story; recognised by what they say. */
const FURNITURE =
  /^(contact us|subscribe|sign in|log in|share|share this|follow us|newsletter|advertisement|read more|related news|menu|search|home)$/i;

// "Published July 27,2023", "Published Jul. 27, 2023", "Updated July 27 2023": the space after
// the comma is missing in the seed, so it is optional here.
const DATE_LINE = /^(?:Published|Updated|Posted)(?: on)?:?\s+([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})\b/;

// A byline of publisher then section in capitals: "Anadolu Agency AMERICAS".
const BYLINE = /^(.*?[a-z].*?)\s+([A-Z][A-Z&' -]+)$/;

// A caption ends with its credit in brackets: "(REUTERS file photo)", "(AA Photo)".
const CAPTION_CREDIT = /\s*\(([^()]*\b(?:photo|Photo|PHOTO|file|Getty|AP|AFP|REUTERS)\b[^()]*)\)\s*$/;

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const trimmed = raw.replace(/\r$/, "");
    const lead = trimmed.length - trimmed.trimStart().length;
    const body = trimmed.trim();
    if (body !== "") out.push({ start: start + lead, end: start + lead + body.length, text: body });
    start += raw.length + 1;
  }
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/**
 * Parses a scraped wire story into a typed Article. Nothing of the content is typed by hand:
 * headline, date, caption, paragraphs, quotes and numbers all come from the text, each with
 * its offsets. Text it cannot read (no headline, no date) throws a DataError naming the part.
 */
export function parseArticle(text: string, file: string): Article {
  const all = lines(text);
  const furniture = all.filter((l) => FURNITURE.test(l.text));
  const content = all.filter((l) => !FURNITURE.test(l.text));
  const lineOf = (span: Span) => `line ${text.slice(0, span.start).split("\n").length}`;

  const dateAt = content.findIndex((l) => DATE_LINE.test(l.text));
  if (dateAt < 0) {
    throw new DataError(file, "whole file", "publication date", 'no line like "Published July 27, 2023" was found');
  }
  const dateLine = content[dateAt]!;
  const [, monthName, day, year] = DATE_LINE.exec(dateLine.text)!;
  const month = monthNumber(monthName!);
  const published = month === null ? null : isoDay(Number(year), month, Number(day));
  if (published === null) {
    throw new DataError(file, lineOf(dateLine), "publication date", `"${dateLine.text}" is not a calendar date`);
  }

  const head = content.slice(0, dateAt);
  const bylineLine = head.length >= 2 ? head.at(-1)! : null;
  const byline = bylineLine ? BYLINE.exec(bylineLine.text) : null;
  const headline = byline ? head.at(-2) : head.at(-1);
  if (!headline || !/[a-z]/.test(headline.text)) {
    throw new DataError(file, lineOf(dateLine), "headline", "no headline was found before the publication date");
  }

  const rest = content.slice(dateAt + 1);
  const captionMatch = rest[0] ? CAPTION_CREDIT.exec(rest[0].text) : null;
  const caption =
    rest[0] && captionMatch
      ? { span: rest[0], text: rest[0].text.slice(0, captionMatch.index).trim(), credit: captionMatch[1]!.trim() }
      : null;
  const paragraphs = caption ? rest.slice(1) : rest;
  if (paragraphs.length === 0) {
    throw new DataError(file, lineOf(dateLine), "body", "no paragraphs were found after the publication date");
  }

  const pieces: Array<{ span: Span; location: Location }> = [
    ...(caption ? [{ span: caption.span, location: { part: "caption" } as const }] : []),
    ...paragraphs.map((span, index) => ({ span, location: { part: "paragraph", index } as const })),
  ];
  const people = findPeople(
    text,
    pieces.map((p) => p.span),
  );

  return {
    file,
    text,
    publisher: byline ? byline[1]!.trim() : bylineLine ? bylineLine.text : "",
    section: byline ? titleCase(byline[2]!.trim()) : null,
    headline,
    published,
    publishedSpan: dateLine,
    caption,
    paragraphs,
    furniture,
    people,
    quotes: findQuotes(text, pieces, people),
    mentions: pieces.flatMap((p) => findMentions(p.span, p.location, published)),
  };
}
