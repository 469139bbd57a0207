import { VERDICTS, type Claim } from "../data/claims.ts";
import type { SiteText } from "./text.ts";
import { fill } from "./fill.ts";

/** How many claims got each verdict, in the order of VERDICTS; verdicts no claim got are left out. */
export function verdictTally(claims: Claim[]): Array<{ verdict: Claim["verdict"]; count: number }> {
  return VERDICTS.map((verdict) => ({ verdict, count: claims.filter((c) => c.verdict === verdict).length })).filter(
    (v) => v.count > 0,
  );
}

/**
 * The story's one-line summary, counted from the claims' verdicts (never typed): "Of the story's
 * five claims checked against the public record, one is consistent with it, one is an estimate,
 * two need context and one differs." A verdict's clause takes its plural form from the locale.
 */
export function leadSummary(claims: Claim[], text: SiteText): string {
  const plural = new Intl.PluralRules(text.locale);
  const clauses = verdictTally(claims).map(({ verdict, count }) => {
    const forms = text.verdictCounts[verdict];
    return fill(
      plural.select(count) === "one" ? forms.one : forms.other,
      { count: { count } },
      text.locale,
      `verdictCounts.${verdict}`,
    );
  });
  return fill(
    text.ui["leadSummary"]!,
    { claims: { count: claims.length }, verdicts: { list: clauses } },
    text.locale,
    "ui.leadSummary",
  );
}
