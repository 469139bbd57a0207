import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/data/article/parse.ts";
import { DataError } from "../../../../src/data/errors.ts";
import { SEED_NAME, seedText } from "../../../support/paths.ts";

const text = seedText();
const article = parseArticle(text, SEED_NAME);

describe("parseArticle on the seed", () => {
  it("reads the publisher, section, headline and date from the text", () => {
    expect(article.publisher).toBe("Anadolu Agency");
    expect(article.section).toBe("Americas");
    expect(article.headline.text).toBe("Mexico, U.S. agree to step up efforts to curb arms trafficking");
    expect(article.published).toBe("2023-07-27");
  });

  it("keeps offsets that point back into the seed", () => {
    for (const span of [
      article.headline,
      article.publishedSpan,
      ...article.paragraphs,
      ...article.mentions.map((m) => m.span),
    ]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("separates the photo caption and its credit from the body", () => {
    expect(article.caption?.credit).toBe("REUTERS file photo");
    expect(article.caption?.text).toMatch(/^Mexico's Security Minister Rosa Icela Rodriguez speaks/);
    expect(article.paragraphs.some((p) => p.text.includes("REUTERS file photo"))).toBe(false);
  });

  it("drops site furniture by what it says, not by line number", () => {
    expect(article.furniture.map((f) => f.text)).toEqual(["Contact Us", "Subscribe"]);
    expect(article.paragraphs.map((p) => p.text)).not.toContain("Subscribe");
  });

  it("keeps the body paragraphs in order", () => {
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[0]!.text).toMatch(/^Mexican security authorities announced Wednesday/);
    expect(article.paragraphs.at(-1)!.text).toMatch(/^Mexico is in an ongoing legal battle/);
    const starts = article.paragraphs.map((p) => p.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("finds each direct quotation with its speaker", () => {
    expect(
      article.quotes.map((q) => [q.span.text.split(" ").slice(0, 5).join(" "), q.speakerAsWritten, q.speaker?.name]),
    ).toEqual([
      ["It became clear that 70%", "she", "Rosa Icela Rodriguez"],
      ["Secondly, it is necessary to", "Barcena", "Alicia Barcena"],
    ]);
  });

  it("names people with their titles", () => {
    expect(article.people.map((p) => [p.name, p.role])).toEqual([
      ["Rosa Icela Rodriguez", "Security Minister"],
      ["Elizabeth Sherwood-Randall", "White House National Security Adviser"],
      ["Andres Manuel Lopez Obrador", "President"],
      ["Alicia Barcena", "Mexican Foreign Minister"],
    ]);
  });

  const expected = [
    { text: "October 13, 2022", kind: "date", value: "2022-10-13", counts: null, where: "caption" },
    { text: "Wednesday", kind: "weekday", value: "2023-07-26", counts: null, where: "paragraph 0" },
    { text: "70%", kind: "percent", value: 70, counts: "weapons seized", where: "paragraph 4" },
    { text: "200,000", kind: "count", value: 200000, counts: "weapons", where: "paragraph 5" },
    { text: "133,000", kind: "count", value: 133000, counts: "arms stores", where: "paragraph 6" },
    { text: "nine", kind: "number-word", value: 9, counts: "major U.S. gun manufacturers", where: "paragraph 8" },
  ];
  it("finds every number in the caption and body, and nothing else", () => {
    expect(article.mentions.map((m) => m.span.text)).toEqual(expected.map((e) => e.text));
  });
  for (const e of expected) {
    it(`reads "${e.text}" as a ${e.kind} of ${e.value} in the ${e.where}, counting ${e.counts}`, () => {
      const m = article.mentions.find((x) => x.span.text === e.text)!;
      expect(m.kind).toBe(e.kind);
      expect(m.value).toBe(e.value);
      expect(m.counts).toBe(e.counts);
      expect(m.location.part === "caption" ? "caption" : `paragraph ${m.location.index}`).toBe(e.where);
    });
  }
});

describe("parseArticle on date lines", () => {
  const cases = [
    { line: "Published July 27,2023", iso: "2023-07-27" },
    { line: "Published July 27, 2023", iso: "2023-07-27" },
    { line: "Published Jul. 27 2023", iso: "2023-07-27" },
    { line: "Updated: February 29, 2024", iso: "2024-02-29" },
  ];
  for (const { line, iso } of cases) {
    it(`reads "${line}" as ${iso}`, () => {
      expect(parseArticle(text.replace("Published July 27,2023", line), "x.txt").published).toBe(iso);
    });
  }
});

describe("parseArticle on text it cannot read", () => {
  const cases = [
    { name: "no date line", edit: (t: string) => t.replace("Published July 27,2023\n", ""), field: "publication date" },
    {
      name: "a date that does not exist",
      edit: (t: string) => t.replace("July 27,2023", "February 30, 2023"),
      field: "publication date",
    },
    {
      name: "no headline",
      edit: (t: string) =>
        t
          .replace("Mexico, U.S. agree to step up efforts to curb arms trafficking\n", "")
          .replace("Anadolu Agency AMERICAS\n", ""),
      field: "headline",
    },
    { name: "no body", edit: (t: string) => t.slice(0, t.indexOf("Mexican security authorities")), field: "body" },
  ];
  for (const { name, edit, field } of cases) {
    it(`fails on ${name}, naming the ${field}`, () => {
      let error: unknown;
      try {
        parseArticle(edit(text), "broken.txt");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).field).toBe(field);
      expect((error as DataError).message).toMatch(/^broken\.txt, /);
    });
  }
});
