/** How numbers and dates are written for readers. One place, so both editions agree. */

export type Locale = "en-US" | "es-MX";

export function formatNumber(value: number, locale: Locale = "en-US", digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

const SMALL: Record<Locale, string[]> = {
  "en-US": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  // "un" as it stands before a noun ("un distribuidor"); templates put a masculine noun after a count that can be one.
  "es-MX": ["un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
};

/** A count in prose: one to nine in words, as newspapers write them (the article's "nine"); larger counts in figures. */
export function formatCount(value: number, locale: Locale = "en-US"): string {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? SMALL[locale][value - 1]! : formatNumber(value, locale);
}

/** 70 -> "70%" (en-US) or "70 %" (es-MX); the input is already in percent. */
export function formatPercent(value: number, locale: Locale = "en-US", digits = 1): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(value / 100);
}

/** "2023-07-27" -> "July 27, 2023" / "27 de julio de 2023", with no-break spaces: a date never splits across lines. */
export function formatDate(iso: string, locale: Locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace(/ /g, NBSP);
}

export const NBSP = "\u00a0";
/** U+2011, a hyphen no line breaks after: "2010‑2012" stays on one line (Liberation Sans and system fonts have it). */
export const NB_HYPHEN = "\u2011";

/**
 * Text that must not split across lines at 320 px: a year range ("2010-2012") takes a no-break
 * hyphen, "EE. UU." a no-break space. Applied to every filled template, in both editions.
 */
export function noBreaks(text: string): string {
  return text.replace(/\b(\d{4})-(\d{4})\b/g, `$1${NB_HYPHEN}$2`).replace(/\bEE\. UU\./g, `EE.${NBSP}UU.`);
}
