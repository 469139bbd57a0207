import type { Story } from "../../src/data/story.ts";
import type { SiteText } from "../../src/i18n/text.ts";
import { formatNumber, formatPercent } from "../../src/data/format.ts";

/**
 * Spanish-edition quotation rules (issue 16). Mexican papers quote with “ ” and ‘ ’ inside;
 * « » reads as Spain. And the article's speakers spoke Spanish, while the wire gives their words
 * only in English: a Spanish translation of those words is never put between quote marks as
 * theirs (the Spanish page reports them in indirect speech, marked as translated).
 */

/** Text between any pair of quote marks a Spanish text might use. */
const QUOTED = /“([^”]*)”|«([^»]*)»|"([^"]*)"|‘([^’]*)’/g;

export interface Speaker {
  /** Every way a text may name them: full name and surname, as the seed and as the edition write them. */
  names: string[];
  /** The figures they gave, formatted as the edition writes them ("70%", "200,000"). */
  values: string[];
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The speakers, from the parsed article (every quote whose speaker it resolves) and from
 * data/figures.json (every figure with a speaker), with their figures in the edition's formats.
 */
export function speakersOf(story: Story, text: SiteText): Speaker[] {
  const people = new Map<string, Speaker>();
  const add = (name: string) => {
    if (!people.has(name)) {
      const person = story.article.people.find((p) => p.name === name);
      const local = text.names[name] ?? name;
      const names = [name, local, person?.surname ?? name.split(" ").at(-1)!, local.split(" ").at(-1)!];
      people.set(name, { names: [...new Set(names)], values: [] });
    }
    return people.get(name)!;
  };
  for (const q of story.article.quotes) if (q.speaker) add(q.speaker.name);
  for (const f of story.figures) {
    if (f.speaker === null || typeof f.value !== "number") continue;
    add(f.speaker).values.push(
      f.unit === "percent" ? formatPercent(f.value, text.locale, 0) : formatNumber(f.value, text.locale),
    );
  }
  return [...people.values()];
}

/**
 * Quote-marked passages in a text that put words in a speaker's mouth: the passage holds one of
 * their figures, or the text around it names them.
 */
export function quotedSpeakers(s: string, speakers: Speaker[]): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(QUOTED)) {
    const inside = m.slice(1).find((g) => g !== undefined) ?? "";
    for (const sp of speakers) {
      const squash = (x: string) => x.replace(/\s/g, "");
      const holdsFigure = sp.values.some((v) => squash(inside).includes(squash(v)));
      const named = sp.names.some((n) => fold(s).includes(fold(n)));
      if (holdsFigure || named) out.push(`${sp.names[0]}: ${m[0]}`);
    }
  }
  return out;
}

/** Quote-mark faults in Spanish text: « » at all; a “ opened inside another (the inner quote is ‘ ’). */
export function quoteMarkFaults(s: string): string[] {
  const faults = [...s.matchAll(/[«»]/g)].map(
    (m) => `${m[0]} in "${s.slice(Math.max(0, m.index - 30), m.index + 30)}"`,
  );
  let depth = 0;
  for (const [i, ch] of [...s].entries()) {
    if (ch === "“") {
      if (depth > 0) faults.push(`“ inside “…” at ${i}: "${s.slice(Math.max(0, i - 30), i + 30)}"`);
      depth++;
    } else if (ch === "”") depth = Math.max(0, depth - 1);
  }
  return faults;
}
