import type { Person, Span } from "./types.ts";

// A title, then a name of two to four capitalised words: "Foreign Minister Alicia Barcena".
const TITLED_NAME =
  /((?:[A-Z][a-z]+ ){0,4}(?:Minister|Secretary|Adviser|Advisor|President|Ambassador|Attorney General))((?: [A-Z][a-zA-Z-]+){2,4})/g;

// Words that open a sentence before a title ("During President ...") are not part of the title.
const SENTENCE_OPENER = /^(?:(?:During|In|After|Before|When|As|On|At|By|With|From|Under|Then|Meanwhile|Later) )+/;

/** People introduced with a title, in order of first appearance. */
export function findPeople(text: string, pieces: Span[]): Person[] {
  const people: Person[] = [];
  for (const piece of pieces) {
    for (const m of piece.text.matchAll(TITLED_NAME)) {
      const name = m[2]!.trim().replace(/'s$/, "");
      const role = m[1]!.replace(SENTENCE_OPENER, "");
      if (people.some((p) => p.name === name)) continue;
      const start = piece.start + m.index + m[1]!.length + 1;
      people.push({
        name,
        surname: name.split(" ").at(-1)!,
        role,
        span: { start, end: start + name.length, text: text.slice(start, start + name.length) },
      });
    }
  }
  return people;
}

/** The person most recently named (by full name or surname) before an offset. */
export function lastNamedBefore(text: string, people: Person[], offset: number): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const person of people) {
    const at = Math.max(text.lastIndexOf(person.name, offset), text.lastIndexOf(person.surname, offset));
    if (at > bestAt && at < offset) {
      best = person;
      bestAt = at;
    }
  }
  return best;
}
