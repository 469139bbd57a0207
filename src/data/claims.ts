import { readJson } from "./read-json.ts";
import { z } from "zod";
import { DataError, Problems } from "./errors.ts";
import { text } from "./cells.ts";
import { parseJsonInput } from "./json-input.ts";
import type { Article, Span } from "./article/types.ts";
import type { Figure } from "./figures.ts";
import { TABLES, type PublicRecord, type RecordRow, type TableName } from "./record.ts";
import type { SourceRow } from "./context/sources.ts";
import { shortPublisher } from "./context/source-display.ts";
import { sharePct } from "./derived.ts";
import { select, whereSchema } from "./select.ts";
import { formatCount, formatDate, formatNumber, formatPercent, noBreaks, type Locale } from "./format.ts";

const refSchema = z.union([
  z.object({
    table: text("label"),
    where: whereSchema,
    field: z.union([text("label"), z.array(text("label")).min(2)]).optional(),
    count: z.literal(true).optional(),
  }),
  z.object({ source: text("code").pipe(z.string().regex(/^S\d+$/, "expected a source id like S03")) }),
]);

/** The verdicts a claim can get, in the order the story's summary lists them. */
export const VERDICTS = ["consistent", "estimate", "needs-context", "differs"] as const;
export type Verdict = (typeof VERDICTS)[number];

const claimSchema = z.object({
  id: text("label").pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id")),
  figure: text("label").optional(),
  quote: text("note").optional(),
  verdict: z.enum(VERDICTS),
  /** The claim in a few words, for the story's verdict summary ("{figure}% of guns seized in Mexico come from the US"). */
  label: text("label"),
  record: z.array(refSchema).min(1),
  finding: text("note"),
  correction: text("note").optional(),
});

/** One piece of evidence: a value (or a whole source) from the public record. */
export interface Evidence {
  /** The number, date or text the claim's template shows for this reference. */
  value: number | string | null;
  /** What kind of value it is, for formatting. */
  unit: "percent" | "count" | "date" | "text" | "none";
  rows: RecordRow<Record<string, unknown>>[];
  sources: SourceRow[];
}

/** An article claim paired with what the record says. */
export interface Claim {
  id: string;
  figure: Figure | null;
  /** The article's words the claim is about: the figure's quote, or a quote of its own. */
  articleSpan: Span;
  verdict: z.infer<typeof claimSchema>["verdict"];
  evidence: Evidence[];
  labelTemplate: string;
  findingTemplate: string;
  correctionTemplate: string | null;
}

/**
 * {figure}; {N} a reference's value; {N/M} a share; {N.field} a field of its (first) row;
 * {N[field]} or {N[field|other]} the field of every row it matched, as a list ("A (x) and B (y)").
 */
const PLACEHOLDER = /\{(figure|\d+(?:\/\d+)?(?:\.[a-z_0-9]+)?|\d+\[[a-z_0-9]+(?:\|[a-z_0-9]+)?\])\}/g;
const LIST = /^(\d+)\[([a-z_0-9]+)(?:\|([a-z_0-9]+))?\]$/;

const PERCENT_FIELDS = new Set(["share_pct"]);

function unitOf(row: RecordRow<Record<string, unknown>>, field: string): Evidence["unit"] {
  if (field === "date") return "date";
  if (PERCENT_FIELDS.has(field) || (row.raw["unit"] === "percent" && field !== "period")) return "percent";
  return typeof row.row[field] === "number" ? "count" : "text";
}

/**
 * Reads data/claims.json and resolves each reference against the public record. A reference
 * that matches no row, or a row flagged R, fails the build with the claim and reference named.
 */
export function loadClaims(
  path: string,
  display: string,
  record: PublicRecord,
  article: Article,
  figures: Figure[],
): Claim[] {
  const json = readJson(path, display);
  const data = parseJsonInput(
    z.object({ claims: z.array(claimSchema).min(1, "the site needs at least one claim") }),
    json,
    display,
  );

  // Each claim is checked on its own; every problem is reported. An id names the claim's
  // element on the story page, so two claims may not share one.
  const problems = new Problems();
  const seen = new Map<string, number>();
  const claims = data.claims.flatMap((input, i) => problems.run(() => checkClaim(input, i)) ?? []);
  problems.done();
  return claims;

  function checkClaim(input: z.infer<typeof claimSchema>, i: number): Claim {
    const where = `claims[${i}] (id "${input.id}")`;
    const first = seen.get(input.id);
    if (first !== undefined)
      throw new DataError(
        display,
        where,
        "id",
        `duplicate id: claims[${first}] has it too (it names an element on the story page)`,
      );
    seen.set(input.id, i);
    const figure = input.figure === undefined ? null : (figures.find((f) => f.id === input.figure) ?? null);
    if (input.figure !== undefined && figure === null) {
      throw new DataError(display, where, "figure", `no figure "${input.figure}" in data/figures.json`);
    }
    let articleSpan: Span;
    if (figure) {
      articleSpan = figure.quoteSpan;
    } else {
      const at = input.quote === undefined ? -1 : article.text.indexOf(input.quote);
      if (at < 0)
        throw new DataError(display, where, "quote", `needs a figure or a quote found verbatim in ${article.file}`);
      articleSpan = { start: at, end: at + input.quote!.length, text: input.quote! };
    }

    const evidence = input.record.map((ref, j): Evidence => {
      const field = `record[${j}]`;
      if ("source" in ref) {
        const source = record.sources.get(ref.source);
        if (!source) throw new DataError(display, where, field, `unknown source id "${ref.source}"`);
        return { value: null, unit: "none", rows: [], sources: [source] };
      }
      if (!(ref.table in TABLES))
        throw new DataError(display, where, `${field}.table`, `no context table "${ref.table}"`);
      const table = ref.table as TableName;
      const all = [...record.rows[table], ...record.withheld[table]] as RecordRow<Record<string, unknown>>[];
      const hits = select(all, ref.where);
      const file = `data/context/${TABLES[table].file}`;
      if (hits.length === 0) throw new DataError(display, where, `${field}.where`, `matches no row of ${file}`);
      const withheld = hits.find((r) => r.flags.includes("R"));
      if (withheld) {
        throw new DataError(
          display,
          where,
          field,
          `uses ${file} row ${withheld.index + 1}, which is flagged R (recalled, no source) and may not be published`,
        );
      }
      const sources = [...new Set(hits.flatMap((r) => r.sources))];
      if (ref.count) return { value: hits.length, unit: "count", rows: hits, sources };
      if (hits.length > 1)
        throw new DataError(
          display,
          where,
          `${field}.where`,
          `matches ${hits.length} rows of ${file}; add "count": true or narrow it`,
        );
      const row = hits[0]!;
      const fields = ref.field === undefined ? [] : Array.isArray(ref.field) ? ref.field : [ref.field];
      for (const f of fields) {
        if (!(f in row.row)) throw new DataError(display, where, `${field}.field`, `${file} has no column "${f}"`);
        if (fields.length > 1 && typeof row.row[f] !== "number")
          throw new DataError(display, where, `${field}.field`, `${f} is not a number in ${file} row ${row.index + 1}`);
      }
      const value =
        fields.length === 0
          ? null
          : fields.length === 1
            ? (row.row[fields[0]!] as number | string | null)
            : fields.reduce((sum, f) => sum + (row.row[f] as number), 0);
      if (fields.length > 0 && value === null)
        throw new DataError(display, where, `${field}.field`, `is empty in ${file} row ${row.index + 1}`);
      return { value, unit: fields.length === 1 ? unitOf(row, fields[0]!) : "count", rows: hits, sources };
    });

    for (const template of [input.finding, input.correction ?? "", input.label]) {
      for (const m of template.matchAll(PLACEHOLDER)) {
        const list = LIST.exec(m[1]!);
        if (list) {
          const e = evidence[Number(list[1])];
          if (!e)
            throw new DataError(display, where, "finding", `placeholder {${m[1]}} names a missing record reference`);
          for (const f of [list[2]!, list[3]].filter((x): x is string => x !== undefined)) {
            if (!e.rows.every((r) => f in r.row))
              throw new DataError(
                display,
                where,
                "finding",
                `placeholder {${m[1]}}: record reference ${list[1]} has no field "${f}"`,
              );
          }
          continue;
        }
        const [refPart, field] = m[1]!.split(".") as [string, string | undefined];
        if (refPart === "figure") {
          if (!figure) throw new DataError(display, where, "finding", "{figure} needs the claim to name a figure");
          continue;
        }
        const refs = refPart.split("/").map(Number);
        if (refs.some((r) => r >= evidence.length))
          throw new DataError(display, where, "finding", `placeholder {${m[1]}} names a missing record reference`);
        if (refs.length === 2 && refs.some((r) => typeof evidence[r]!.value !== "number")) {
          throw new DataError(
            display,
            where,
            "finding",
            `placeholder {${m[1]}} divides values that are not both numbers`,
          );
        }
        if (field && field !== "source" && !(field in (evidence[refs[0]!]!.rows[0]?.row ?? {}))) {
          throw new DataError(
            display,
            where,
            "finding",
            `placeholder {${m[1]}}: record reference ${refs[0]} has no field "${field}"`,
          );
        }
      }
      const bare = template.replace(PLACEHOLDER, "");
      if (/\d/.test(bare))
        throw new DataError(
          display,
          where,
          "finding",
          `numbers must come from placeholders, not typed text: "${bare.match(/\S*\d\S*/)![0]}"`,
        );
    }

    return {
      id: input.id,
      figure,
      articleSpan,
      verdict: input.verdict,
      evidence,
      labelTemplate: input.label,
      findingTemplate: input.finding,
      correctionTemplate: input.correction ?? null,
    };
  }
}

function formatEvidence(e: Evidence, locale: Locale): string {
  if (e.value === null) return "";
  if (e.unit === "date" && typeof e.value === "string") return formatDate(e.value, locale);
  // Counts are prose: one to nine in words ("nine manufacturer entities and one distributor").
  if (typeof e.value === "number")
    return e.unit === "percent"
      ? formatPercent(e.value, locale)
      : e.unit === "count"
        ? formatCount(e.value, locale)
        : formatNumber(e.value, locale);
  return String(e.value);
}

/**
 * Fills a claim template with record values, formatted for the locale. A placeholder that has
 * no value throws: a claim never shows a blank, a zero or NaN in place of a number.
 */
export function renderClaimText(
  claim: Claim,
  template: string,
  locale: Locale = "en-US",
  names: Record<string, string> = {},
): string {
  return noBreaks(
    template.replace(PLACEHOLDER, (_, key: string) => {
      const fail = (why: string) => {
        throw new Error(`claim "${claim.id}": {${key}} ${why}`);
      };
      const list = LIST.exec(key);
      if (list) {
        const e = claim.evidence[Number(list[1])] ?? fail("names a missing reference");
        const name = (v: unknown) =>
          v === null || v === undefined ? fail("has an empty cell") : (names[String(v)] ?? String(v));
        const items = e.rows.map((r) =>
          list[3] ? `${name(r.row[list[2]!])} (${name(r.row[list[3]])})` : name(r.row[list[2]!]),
        );
        return items.length > 0
          ? new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items)
          : fail("matched no row");
      }
      if (key === "figure")
        return claim.figure ? formatCount(Number(claim.figure.value), locale) : fail("has no figure");
      const [refs, field] = key.split(".") as [string, string | undefined];
      const [a, b] = refs.split("/").map((n) => claim.evidence[Number(n)] ?? fail("names a missing reference"));
      if (b) {
        const share = sharePct(Number(a!.value), Number(b.value));
        return Number.isFinite(share) ? formatPercent(share, locale) : fail("is not a share of two numbers");
      }
      if (field === "source") return [...new Set(a!.sources.map(shortPublisher))].join(", ");
      if (field) {
        const value = a!.rows[0]?.row[field];
        return value === null || value === undefined ? fail(`has no "${field}"`) : String(value);
      }
      return a!.value === null ? fail("has no value") : formatEvidence(a!, locale);
    }),
  );
}
