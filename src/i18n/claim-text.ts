import type { Claim } from "../data/claims.ts";
import { renderClaimText } from "../data/claims.ts";
import type { SiteText } from "./text.ts";

export type ClaimTextKind = "label" | "finding" | "correction";

const placeholders = (t: string) => [...t.matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();

/**
 * A claim's finding or correction in an edition's language. English templates live in
 * data/claims.json; a translation must use exactly the same placeholders (so it shows the
 * same record values) and type no digit of its own.
 */
export function claimTemplate(claim: Claim, text: SiteText, kind: ClaimTextKind): string | null {
  const english = { label: claim.labelTemplate, finding: claim.findingTemplate, correction: claim.correctionTemplate }[
    kind
  ];
  if (english === null || text.lang === "en") return english;
  const translated = text.claims?.[claim.id]?.[kind];
  const where = `data/text/${text.lang}.json: claims.${claim.id}.${kind}`;
  if (translated === undefined) throw new Error(`${where} is missing`);
  if (placeholders(translated).join() !== placeholders(english).join()) {
    throw new Error(
      `${where} uses ${placeholders(translated).join(" ")}, the English ${placeholders(english).join(" ")}`,
    );
  }
  if (/\d/.test(translated.replace(/\{[^}]+\}/g, ""))) throw new Error(`${where}: numbers must come from placeholders`);
  return translated;
}

/** The claim's text, filled with record values formatted for the edition's locale. */
export function claimText(claim: Claim, text: SiteText, kind: ClaimTextKind): string | null {
  const template = claimTemplate(claim, text, kind);
  return template === null ? null : renderClaimText(claim, template, text.locale, text.names);
}
