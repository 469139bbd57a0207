import { formatCount, formatDate, formatNumber, formatPercent, noBreaks, type Locale } from "../data/format.ts";

/**
 * Filling {name} placeholders of a text template with values formatted by the locale: pure (no
 * file read), so charts can use it; loading the text data is i18n/text.ts's.
 */

/** A value for a template placeholder, formatted by the locale. */
export type TextValue =
  | number
  | string
  | { number: number; digits: number }
  /** A count in prose: one to nine in words ("nine", "un"), larger counts in figures. */
  | { count: number }
  | { percent: number; digits?: number }
  | { date: string }
  /** Names joined the way the language joins them: "A and B", "A y B". */
  | { list: string[] };

function formatValue(value: TextValue, locale: Locale): string {
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "string") return value;
  if ("number" in value) return formatNumber(value.number, locale, value.digits);
  if ("count" in value) return formatCount(value.count, locale);
  if ("list" in value) return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(value.list);
  if ("percent" in value) return formatPercent(value.percent, locale, value.digits ?? 1);
  return formatDate(value.date, locale);
}

/**
 * A template names a placeholder its chart has no value for. Thrown by `fill`; the renderer,
 * which knows the edition, turns it into a DataError naming the text file and the key.
 */
export class PlaceholderError extends Error {
  constructor(
    readonly template: string,
    readonly placeholder: string,
    readonly known: string[],
    where: string,
  ) {
    super(`${where}: no value for placeholder {${placeholder}}`);
    this.name = "PlaceholderError";
  }
}

/** Fills {name} placeholders; a placeholder with no value is an error, never silently blank. */
export function fill(template: string, values: Record<string, TextValue>, locale: Locale, where = "text"): string {
  return noBreaks(template).replace(/\{([a-zA-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PlaceholderError(template, name, Object.keys(values), where);
    return noBreaks(formatValue(value, locale));
  });
}
