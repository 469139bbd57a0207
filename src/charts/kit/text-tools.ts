import type { Story } from "../../data/story.ts";
import { formatDate, formatNumber, formatPercent, type Locale } from "../../data/format.ts";
import type { ChartText } from "../../i18n/text.ts";
import { fill, type TextValue } from "../../i18n/fill.ts";
import type { ChartSpec, DownloadRow, TextTools } from "../types.ts";

/** Binds a chart's values to its text in one language. A missing key or value throws, naming it. */
export function textTools<R extends DownloadRow>(
  spec: ChartSpec<R>,
  rows: R[],
  story: Story,
  text: ChartText,
  locale: Locale,
  names: Record<string, string> = {},
): TextTools {
  // A name the edition writes differently (a state, a person's accents) is swapped wherever a template shows it.
  const localise = (v: Record<string, TextValue>) =>
    Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? (names[x] ?? x) : x]));
  const values = localise(spec.values(rows, story));
  const where = `charts.${spec.id}`;
  const t = (template: string, extra: Record<string, TextValue> = {}) =>
    fill(template, { ...values, ...localise(extra) }, locale, where);
  const pick = (group: "labels" | "annotations", key: string, extra?: Record<string, TextValue>) => {
    const template = text[group][key];
    if (template === undefined) throw new Error(`data/text: missing ${where}.${group}.${key}`);
    return t(template, extra);
  };
  return {
    text,
    locale,
    t: (template: string, extra?: Record<string, TextValue>) => t(template, extra),
    label: (key, extra) => pick("labels", key, extra),
    note: (key, extra) => pick("annotations", key, extra),
    number: (v, digits = 0) => formatNumber(v, locale, digits),
    percent: (v, digits = 1) => formatPercent(v, locale, digits),
    date: (iso) => formatDate(iso, locale),
  };
}
