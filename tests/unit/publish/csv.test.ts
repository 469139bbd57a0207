import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "../../../src/publish/csv.ts";

const COLUMNS = [
  { key: "text", type: "string" },
  { key: "value", type: "number" },
  { key: "source_id", type: "string" },
  { key: "source", type: "string" },
  { key: "flag", type: "string" },
];

/** Deterministic adversarial strings: every formula prefix, quoting hazard and script, combined. */
function adversarial(): string[] {
  const starts = ["=", "+", "-", "@", "\t", "\r", "'", '"', " ", "", "1", "é"];
  const bodies = [
    "SUM(A1:A9)",
    'HYPERLINK("http://x.test","click")',
    "a,b",
    'say "hi"',
    "line\nbreak",
    "crlf\r\nend",
    "Nuevo León",
    "Ciudad de México — 1,618",
    "日本語",
    "-5",
    "cmd|' /C calc'!A0",
    "",
  ];
  return starts.flatMap((s) => bodies.map((b) => s + b));
}

describe("CSV downloads", () => {
  const strings = adversarial();
  const numbers = [0, -5, 1618, 67.5, -0.25, 1e6, 123741];
  const rows = strings.map((text, i) => ({
    text,
    value: numbers[i % numbers.length]!,
    source_id: "S11",
    source: "Telediario / Milenio",
    flag: "V2",
  }));
  const csv = toCsv(rows, COLUMNS);

  it("starts with a UTF-8 byte-order mark and a header of column keys", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe(COLUMNS.map((c) => c.key).join(","));
  });

  it(`round-trips ${strings.length} adversarial strings: text intact, formula starts neutralised`, () => {
    const [header, ...back] = csvParseRows(csv.slice(1).replace(/\r\n$/, ""));
    expect(header).toEqual(COLUMNS.map((c) => c.key));
    expect(back).toHaveLength(rows.length);
    back.forEach((cells, i) => {
      const input = rows[i]!.text;
      const dangerous = /^[=+\-@\t\r]/.test(input);
      expect(cells[0], JSON.stringify(input)).toBe(dangerous ? `'${input}` : input);
    });
  });

  it("never touches numbers: a negative number stays a number", () => {
    const back = csvParseRows(csv.slice(1).replace(/\r\n$/, "")).slice(1);
    back.forEach((cells, i) => expect(Number(cells[1])).toBe(rows[i]!.value));
    expect(back.some((cells) => cells[1] === "-5")).toBe(true);
  });

  it("writes empty cells for missing values, and refuses a non-number in a number column", () => {
    expect(toCsv([{ text: "x", value: null, source_id: "S1", source: "s", flag: "V" }], COLUMNS)).toContain("x,,S1");
    expect(() =>
      toCsv([{ text: "x", value: "12" as unknown as number, source_id: "S1", source: "s", flag: "V" }], COLUMNS),
    ).toThrow(/value: expected a number/);
  });

  const cases = [
    { input: "=1+1", expected: "'=1+1" },
    { input: "+1", expected: "'+1" },
    { input: "-1", expected: "'-1" },
    { input: "@SUM(1)", expected: "'@SUM(1)" },
    { input: "\tx", expected: "'\tx" },
    { input: "Texas", expected: "Texas" },
    { input: "1-2", expected: "1-2" },
  ];
  for (const { input, expected } of cases) {
    it(`neutralise(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () =>
      expect(neutralise(input)).toBe(expected));
  }
});
