import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DataError } from "../data/errors.ts";
import { formatDate, formatNumber, formatPercent, type Locale } from "../data/format.ts";

/**
 * Every text a reader sees lives in data/text/<lang>.json, so an edition in another language
 * swaps text without touching chart code. Templates take {name} placeholders filled from data.
 */
const chartTextSchema = z.object({
  title: z.string().min(1),
  dek: z.string().min(1),
  alt: z.string().min(1),
  notes: z.array(z.string().min(1)),
  labels: z.record(z.string(), z.string()).default({}),
  annotations: z.record(z.string(), z.string()).default({}),
  columns: z.record(z.string(), z.object({ label: z.string().min(1), description: z.string().min(1) })),
});

const siteTextSchema = z.object({
  lang: z.string().min(2),
  locale: z.enum(["en-US", "es-MX"]),
  ui: z.record(z.string(), z.string()),
  verdicts: z.object({ consistent: z.string(), estimate: z.string(), "needs-context": z.string(), differs: z.string() }),
  charts: z.record(z.string(), chartTextSchema),
});

export type ChartText = z.infer<typeof chartTextSchema>;
export type SiteText = z.infer<typeof siteTextSchema>;

/** A value for a template placeholder, formatted by the locale. */
export type TextValue = number | string | { number: number; digits: number } | { percent: number; digits?: number } | { date: string };

export function loadText(lang: string, dataDir = join(process.cwd(), "data")): SiteText {
  const display = `data/text/${lang}.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dataDir, "text", `${lang}.json`), "utf8"));
  } catch (e) {
    throw new DataError(display, "file", "-", `is not readable JSON (${(e as Error).message})`);
  }
  const parsed = siteTextSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(display, issue.path.slice(0, -1).join(".") || "file", String(issue.path.at(-1) ?? "-"), issue.message);
  }
  return parsed.data;
}

function formatValue(value: TextValue, locale: Locale): string {
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "string") return value;
  if ("number" in value) return formatNumber(value.number, locale, value.digits);
  if ("percent" in value) return formatPercent(value.percent, locale, value.digits ?? 1);
  return formatDate(value.date, locale);
}

/** Fills {name} placeholders; a placeholder with no value is an error, never silently blank. */
export function fill(template: string, values: Record<string, TextValue>, locale: Locale, where = "text"): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: no value for placeholder {${name}}`);
    return formatValue(value, locale);
  });
}
