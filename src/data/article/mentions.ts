import type { Location, NumericMention, Span } from "./types.ts";
import { WEEKDAYS, isoDay, monthNumber, resolveWeekday } from "./dates.ts";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  dozen: 12,
  hundred: 100,
};

/** Words that end the noun phrase after a number: "200,000 weapons | enter Mexico". */
const PHRASE_STOP = new Set([
  "a",
  "an",
  "and",
  "are",
  "at",
  "by",
  "come",
  "comes",
  "each",
  "enter",
  "enters",
  "every",
  "for",
  "from",
  "in",
  "is",
  "of",
  "on",
  "per",
  "that",
  "the",
  "this",
  "to",
  "was",
  "were",
  "which",
  "who",
  "will",
  "with",
]);

interface Pattern {
  kind: NumericMention["kind"];
  re: RegExp;
  value: (m: RegExpExecArray, published: string) => number | string | null;
}

// Order matters: a date's day and year are not counts, and "70%" is not the count 70.
const PATTERNS: Pattern[] = [
  {
    kind: "date",
    re: /\b([A-Z][a-z]{2,8})\.? (\d{1,2}), ?(\d{4})\b/g,
    value: (m) => {
      const month = monthNumber(m[1]!);
      return month === null ? null : isoDay(Number(m[3]), month, Number(m[2]));
    },
  },
  {
    kind: "weekday",
    re: new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "g"),
    value: (m, published) => resolveWeekday(m[1]!, published),
  },
  {
    kind: "percent",
    re: /\b(\d+(?:\.\d+)?) ?(?:%|percent\b|per cent\b)/g,
    value: (m) => Number(m[1]),
  },
  {
    kind: "count",
    re: /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g,
    value: (m) => Number(m[0].replaceAll(",", "")),
  },
  {
    kind: "number-word",
    re: new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join("|")})\\b`, "gi"),
    value: (m) => NUMBER_WORDS[m[1]!.toLowerCase()] ?? null,
  },
];

/**
 * What a number counts, read from the words after it: "133,000 arms stores in the United
 * States" counts "arms stores"; "70% of the weapons seized in Mexico" counts "weapons seized".
 */
export function countedPhrase(after: string, kind: NumericMention["kind"]): string | null {
  if (kind === "date" || kind === "weekday") return null;
  const rest = kind === "percent" ? after.replace(/^\s+of\s+(the\s+)?/, " ") : after;
  const words: string[] = [];
  for (const token of rest.trimStart().split(/\s+/)) {
    const abbreviation = /^([A-Z]\.)+$/.test(token);
    const word = abbreviation ? token : token.replace(/[.,;:!?"')]+$/, "");
    if (!/^[A-Za-z][A-Za-z.'-]*$/.test(word) || PHRASE_STOP.has(word.toLowerCase())) break;
    words.push(word);
    if (word !== token || words.length === 5) break;
  }
  return words.length > 0 ? words.join(" ") : null;
}

/** Every number in one piece of the article, with offsets into the seed text. */
export function findMentions(piece: Span, location: Location, published: string): NumericMention[] {
  const taken: Array<[number, number]> = [];
  const found: NumericMention[] = [];
  for (const { kind, re, value } of PATTERNS) {
    for (const m of piece.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const v = value(m as RegExpExecArray, published);
      if (v === null) continue;
      taken.push([start, end]);
      found.push({
        kind,
        value: v,
        span: { start: piece.start + start, end: piece.start + end, text: m[0] },
        location,
        counts: countedPhrase(piece.text.slice(end), kind),
      });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
