import { z } from "zod";
import { isoDay } from "./article/dates.ts";

/**
 * Cell types shared by every input's schema: the context tables' CSV cells (which arrive as
 * strings) and the strings of figures.json, claims.json and data/text/*.json. Each column's
 * domain is stated where its schema names the column, with one of these.
 */

// ---------------------------------------------------------------------------------------------
// Text: every string any input holds passes `text(kind)` (or a cell type built on it).

/**
 * Longest text per kind of field, in characters. A cell past its limit is a paste gone wrong
 * (a whole page in one cell makes a 1 MB story page and a PNG 100,000 px tall), not a longer label.
 */
export const TEXT_LIMITS = {
  /** ids, codes, flags, numbers, dates as written */
  code: 40,
  /** a name or a label drawn on a chart: a state, a defendant, a period, a table cell */
  label: 120,
  /** a title, a headline, a timeline event, a source's title */
  title: 200,
  /** a note, a description, a chart's alt text, a claim's finding, a quote */
  note: 1000,
  /** one or several web addresses */
  url: 2000,
  /** a paragraph of the translated article */
  paragraph: 3000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** Names for the invisible characters an editor cannot see in the file. */
const CHAR_NAMES: Record<number, string> = {
  0x00: "NUL, a control character",
  0x09: "TAB",
  0x0a: "LINE FEED (a line break)",
  0x0d: "CARRIAGE RETURN (a line break)",
  0x1b: "ESCAPE, a control character",
  0x7f: "DELETE, a control character",
  0x061c: "ARABIC LETTER MARK, a bidi control",
  0x180e: "MONGOLIAN VOWEL SEPARATOR, an invisible character",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK, a bidi control",
  0x200f: "RIGHT-TO-LEFT MARK, a bidi control",
  0x2028: "LINE SEPARATOR (a line break)",
  0x2029: "PARAGRAPH SEPARATOR (a line break)",
  0x202a: "LEFT-TO-RIGHT EMBEDDING, a bidi control",
  0x202b: "RIGHT-TO-LEFT EMBEDDING, a bidi control",
  0x202c: "POP DIRECTIONAL FORMATTING, a bidi control",
  0x202d: "LEFT-TO-RIGHT OVERRIDE, a bidi control",
  0x202e: "RIGHT-TO-LEFT OVERRIDE, a bidi control",
  0x2060: "WORD JOINER, a zero-width character",
  0x2066: "LEFT-TO-RIGHT ISOLATE, a bidi control",
  0x2067: "RIGHT-TO-LEFT ISOLATE, a bidi control",
  0x2068: "FIRST STRONG ISOLATE, a bidi control",
  0x2069: "POP DIRECTIONAL ISOLATE, a bidi control",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)",
};

/**
 * Characters no text on this site may hold: control characters (C0 and C1), lone surrogate
 * halves, bidi controls (they reorder everything after them: flags, links, digits), zero-width
 * and other invisible characters, line and paragraph separators. Tab and line feed are allowed
 * only in fields meant to hold them (`multiline`).
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const FORBIDDEN_EXCEPT_LINES =
  /(?![\t\n])[\p{Cc}\p{Cs}\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

/** What is wrong with a text of this kind, or null: the one rule every string of every input passes. */
export function textProblem(s: string, kind: TextKind, { multiline = false } = {}): string | null {
  const bad = (multiline ? FORBIDDEN_EXCEPT_LINES : FORBIDDEN).exec(s);
  if (bad) {
    const c = bad[0].codePointAt(0)!;
    const name =
      CHAR_NAMES[c] ??
      (c >= 0xd800 && c <= 0xdfff
        ? "a lone surrogate half (broken encoding)"
        : c < 0x20 || (c >= 0x7f && c <= 0x9f)
          ? "a control character"
          : "an invisible character");
    const at = [...s.slice(0, bad.index)].length + 1;
    return `contains ${hex(c)} ${name} at character ${at}; remove it (it is invisible in an editor and breaks pages, downloads or PNGs)`;
  }
  const length = [...s].length;
  const limit = TEXT_LIMITS[kind];
  if (length > limit) return `is ${length} characters long; a ${kind} field may hold at most ${limit}`;
  return null;
}

/**
 * A string of one kind: checked for forbidden characters and length (one issue, and nothing
 * after it runs), then trimmed. Required unless `optional`.
 */
export function text(kind: TextKind, { optional = false, multiline = false } = {}) {
  const checked = z.string().superRefine((s, ctx) => {
    const problem = textProblem(s, kind, { multiline });
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem, fatal: true });
  });
  const trimmed = z.string().trim();
  return checked.pipe(optional ? trimmed : trimmed.min(1, "is empty"));
}

/** Required text cells by kind. */
export const labelCell = text("label");
export const titleCell = text("title");
export const noteCell = text("note");
/** Text that may be left empty. */
export const optionalNoteCell = text("note", { optional: true });

// ---------------------------------------------------------------------------------------------
// Numbers: written without thousands separators ("136563", "67.5"), finite, in their domain.

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A cell's number, or an issue: what is written must be a plain decimal number a double holds. */
function parseNumber(s: string, ctx: z.RefinementCtx, expected: string): number | undefined {
  if (!NUMBER.test(s)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `expected ${expected}, got "${s.length > 40 ? `${s.slice(0, 40)}...` : s}"`,
    });
    return undefined;
  }
  const n = Number(s);
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n) && !s.includes("."))) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `expected ${expected}, got a ${s.replace(/^-/, "").split(".")[0]!.length}-digit number too large to store exactly`,
    });
    return undefined;
  }
  return n;
}

interface Domain {
  /** How the error names what is expected: "a count (a whole number, 0 or more)". */
  expected: string;
  min?: number;
  max?: number;
  integer?: boolean;
}

function numberIn(domain: Domain, optional: boolean) {
  // "note": a 310-digit number is refused as a number too large, not as a long text.
  return text("note", { optional: true }).transform((s, ctx): number | null => {
    if (s === "") {
      if (optional) return null;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${domain.expected}, got nothing` });
      return z.NEVER;
    }
    const n = parseNumber(s, ctx, optional ? `${domain.expected} or nothing` : domain.expected);
    if (n === undefined) return z.NEVER;
    const outside =
      (domain.integer && !Number.isInteger(n)) ||
      (domain.min !== undefined && n < domain.min) ||
      (domain.max !== undefined && n > domain.max);
    if (outside) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${domain.expected}, got ${s}` });
      return z.NEVER;
    }
    return n;
  });
}

const required = (domain: Domain) => numberIn(domain, false) as unknown as z.ZodType<number, z.ZodTypeDef, string>;
const optional = (domain: Domain) =>
  numberIn(domain, true) as unknown as z.ZodType<number | null, z.ZodTypeDef, string>;

export const COUNT: Domain = { expected: "a count (a whole number, 0 or more)", min: 0, integer: true };
export const SHARE: Domain = { expected: "a share in percent, from 0 to 100", min: 0, max: 100 };
export const YEARS = { min: 1900, max: 2100 } as const;
export const YEAR: Domain = {
  expected: `a year from ${YEARS.min} to ${YEARS.max}`,
  min: YEARS.min,
  max: YEARS.max,
  integer: true,
};

/** A count of things: a whole number, 0 or more. */
export const countCell = required(COUNT);
export const optionalCountCell = optional(COUNT);
/** A quantity that cannot be negative (an area, a size in bytes, a central estimate). */
export const nonNegativeCell = required({ expected: "a number, 0 or more", min: 0 });
export const optionalNonNegativeCell = optional({ expected: "a number, 0 or more", min: 0 });
/** A share in percent, 0 to 100. */
export const shareCell = required(SHARE);
export const optionalShareCell = optional(SHARE);
/** A calendar or fiscal year. */
export const yearCell = required(YEAR);
/** Degrees of latitude and longitude. */
export const latCell = required({ expected: "a latitude, from -90 to 90", min: -90, max: 90 });
export const optionalLatCell = optional({ expected: "a latitude, from -90 to 90, or nothing", min: -90, max: 90 });
export const lonCell = required({ expected: "a longitude, from -180 to 180", min: -180, max: 180 });
export const optionalLonCell = optional({ expected: "a longitude, from -180 to 180, or nothing", min: -180, max: 180 });

// ---------------------------------------------------------------------------------------------
// Dates and periods.

/** What is wrong with a YYYY-MM-DD date, or null: it must be a real calendar day in the plausible years. */
export function isoDateProblem(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return `expected a date as YYYY-MM-DD, got "${s}"`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `"${s}" is not a calendar date: there is no month ${mo}`;
  if (isoDay(y, mo, d) === null) return `"${s}" is not a calendar date: ${m[1]}-${m[2]} has no day ${d}`;
  if (y < YEARS.min || y > YEARS.max) return `"${s}": the year ${y} is outside ${YEARS.min}-${YEARS.max}`;
  return null;
}

/** What is wrong with the dates and years written inside a text, or null ("2016-01", "2022 (date R)", "FY2014-2019"). */
export function datesInTextProblem(s: string): string | null {
  for (const m of s.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const problem = isoDateProblem(m[0]);
    if (problem) return problem;
  }
  for (const m of s.matchAll(/(?<!\d)(\d{4})-(\d{2})(?![\d-])/g)) {
    // "2016-01" is a month; "2017-2022" is a span of years (the second part has four digits).
    if (Number(m[2]) < 1 || Number(m[2]) > 12) return `"${m[0]}" is not a month: there is no month ${Number(m[2])}`;
  }
  for (const m of s.matchAll(/(?<![\d.])\d{4,}(?![\d.])/g)) {
    const y = Number(m[0]);
    if (m[0].length > 4 || y < YEARS.min || y > YEARS.max)
      return `"${m[0]}" is not a plausible year (${YEARS.min}-${YEARS.max})`;
  }
  return null;
}

/** ISO day: 2023-07-27, a real calendar date. */
export const isoDateCell = text("code").superRefine((s, ctx) => {
  const problem = isoDateProblem(s);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

/** A period or a loose date as a source writes it: "2017-2022", "FY2023-H1", "2021-02", "n.d."; every year in it plausible. */
export const periodCell = labelCell.superRefine((s, ctx) => {
  const problem = datesInTextProblem(s);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

// ---------------------------------------------------------------------------------------------
// Provenance.

/**
 * Source ids, one or several joined by ";" ("S11;S12"). Empty is allowed here because R rows
 * have none; the loader then requires ids on every row that is not R, and checks each is known.
 */
export const sourceIdsCell = text("code", { optional: true })
  .refine(
    (s) => s === "" || s.split(";").every((id) => /^S\d+$/.test(id.trim())),
    (s) => ({
      message: `expected source ids like "S03" or "S11;S12", got "${s}"`,
    }),
  )
  .transform((s) => (s === "" ? [] : s.split(";").map((id) => id.trim())));

/** Source ids mentioned inside a free-text provenance cell ("S53 (US only)", "us=recalled; mx=S53"). */
export const provenanceCell = text("label").transform((s) => ({
  text: s,
  sourceIds: [...s.matchAll(/\bS\d+\b/g)].map((m) => m[0]),
}));
