import { readJson } from "../data/read-json.ts";
import { join } from "node:path";
import { z } from "zod";
import { DataError, Problems } from "../data/errors.ts";
import { text as t } from "../data/cells.ts";
import { parseJsonInput } from "../data/json-input.ts";
import { defaultPaths } from "../data/story.ts";

/**
 * Every text a reader sees lives in data/text/<lang>.json, so an edition in another language
 * swaps text without touching chart code. Templates take {name} placeholders filled from data.
 */
// Each string's kind sets its length limit and character rules (src/data/cells.ts); a key is a label.
const key = t("label");
const chartTextSchema = z.object({
  title: t("title"),
  dek: t("note"),
  alt: t("note"),
  notes: z.array(t("note")),
  labels: z.record(key, t("label", { optional: true })).default({}),
  annotations: z.record(key, t("note")).default({}),
  columns: z.record(key, z.object({ label: t("label"), description: t("note") })),
  /** How the data table shows coded cells (column -> code -> words); downloads keep the codes. */
  cells: z.record(key, z.record(key, t("label"))).default({}),
});

/** A clause for a count of one and for any other count ({count}), chosen with Intl.PluralRules. */
const countForms = z.object({ one: t("label"), other: t("label") });

const siteTextSchema = z.object({
  lang: t("code").pipe(z.string().min(2)),
  locale: z.enum(["en-US", "es-MX"]),
  ui: z.record(key, t("note", { optional: true })),
  verdicts: z.object({
    consistent: t("label"),
    estimate: t("label"),
    "needs-context": t("label"),
    differs: t("label"),
  }),
  /** A count of claims with one verdict, as a clause of the story's summary line: "two need context". */
  verdictCounts: z.object({
    consistent: countForms,
    estimate: countForms,
    "needs-context": countForms,
    differs: countForms,
  }),
  charts: z.record(key, chartTextSchema),
  /** Names as this edition writes them ("New Mexico" -> "Nuevo México"); applied to every value a chart's text shows. */
  names: z.record(key, t("label")).default({}),
  /** A translated edition's article text (the English text is parsed from the seed). */
  article: z
    .object({
      headline: t("title"),
      section: t("label"),
      caption: t("note"),
      credit: t("label"),
      paragraphs: z.array(t("paragraph")),
    })
    .optional(),
  /** A translated edition's claim texts (the English templates live in data/claims.json). */
  claims: z
    .record(key, z.object({ label: t("label"), finding: t("note"), correction: t("note").optional() }))
    .optional(),
});

export type ChartText = z.infer<typeof chartTextSchema>;
export type SiteText = z.infer<typeof siteTextSchema>;

/** The site's editions: English (the seed's language) and Spanish. */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** The edition a language switch leads to. */
export const otherLang = (lang: string): Lang => (lang === "en" ? "es" : "en");

/** Leaf keys with their text. */
function leafEntries(value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (v: unknown, prefix: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${prefix}[${i}]`));
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
    else out.push([prefix, String(v)]);
  };
  walk(value, "");
  return out;
}

const placeholders = (s: string) =>
  [...s.matchAll(/\{[^}]+\}/g)]
    .map((m) => m[0])
    .sort()
    .join(" ");

const cache = new Map<string, SiteText>();

/**
 * Loads one edition's text. A translated edition must have every key the English one has
 * (a missing translation fails the build, naming the key), plus the article and claim texts.
 */
export function loadText(lang: string, dataDir = defaultPaths().dataDir): SiteText {
  const key = `${dataDir}|${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = readText(lang, dataDir);
  const display = `data/text/${lang}.json`;
  // Every problem is reported, not the first.
  const problems = new Problems();
  // Column descriptions and table cells name reports ("GAO-21-322") or translate a data value
  // with its own figures, and are exempt; what is drawn or read as prose is not.
  const prose = Object.fromEntries(
    Object.entries(text.charts).map(([id, { columns: _columns, cells: _cells, ...rest }]) => [id, rest]),
  );
  for (const [k, s] of leafEntries({ charts: prose })) {
    // Numbers come from data through placeholders; ATF licence-type codes are names, not numbers.
    const bare = s.replace(/\{[^}]+\}/g, "").replace(/\b(types?|tipos?) \d{2}(-\d{2})?\b/g, "");
    if (/\d/.test(bare))
      problems.add(
        new DataError(
          display,
          "text",
          k,
          `types a number ("${bare.match(/\S*\d\S*/)![0]}"): use a {placeholder} filled from data`,
        ),
      );
  }
  if (lang !== "en") {
    // The English file's own problems are its own report's (loadText("en")); here only parity.
    let english: SiteText | undefined;
    try {
      english = readText("en", dataDir);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
    }
    const have = new Map(leafEntries(text));
    for (const [k, s] of english
      ? leafEntries({
          ui: english.ui,
          verdicts: english.verdicts,
          verdictCounts: english.verdictCounts,
          charts: english.charts,
        })
      : []) {
      const tr = have.get(k);
      if (tr === undefined)
        problems.add(new DataError(display, "translation", k, `missing (present in data/text/en.json)`));
      else if (placeholders(tr) !== placeholders(s))
        problems.add(
          new DataError(
            display,
            "translation",
            k,
            `uses ${placeholders(tr) || "no placeholder"}, the English ${placeholders(s)}`,
          ),
        );
    }
    if (!text.article)
      problems.add(
        new DataError(display, "translation", "article", "missing: a translated edition needs the article text"),
      );
    if (!text.claims)
      problems.add(
        new DataError(display, "translation", "claims", "missing: a translated edition needs the claim texts"),
      );
  }
  problems.done();
  cache.set(key, text);
  return text;
}

function readText(lang: string, dataDir: string): SiteText {
  const display = `data/text/${lang}.json`;
  const json = readJson(join(dataDir, "text", `${lang}.json`), display);
  return parseJsonInput(siteTextSchema, json, display);
}
