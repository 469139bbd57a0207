import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { loadRecord, TABLES, type TableName } from "../../../src/data/record.ts";
import { ROOT } from "../../support/paths.ts";

const CONTEXT = join(ROOT, "data", "context");
const record = loadRecord(CONTEXT);
const rawRows = (file: string) => csvParse(readFileSync(join(CONTEXT, file), "utf8"));

describe("the public record", () => {
  // CI lays shared/ beside the clone; a checkout without it skips this one check, visibly.
  it.skipIf(!existsSync(join(ROOT, "..", "shared", "context")))("is a byte-identical copy of ../shared/context", () => {
    // Every file of the record, the two tables the site does not parse included.
    const files = readdirSync(join(ROOT, "..", "shared", "context")).filter((f) => f.endsWith(".csv"));
    expect(files.sort()).toEqual(
      readdirSync(CONTEXT)
        .filter((f) => f.endsWith(".csv"))
        .sort(),
    );
    for (const { file } of [...Object.values(TABLES), { file: "sources.csv" }]) expect(files).toContain(file);
    for (const file of files) {
      expect(
        readFileSync(join(CONTEXT, file)).equals(readFileSync(join(ROOT, "..", "shared", "context", file))),
        file,
      ).toBe(true);
    }
  });

  for (const [name, def] of Object.entries(TABLES) as Array<[TableName, (typeof TABLES)[TableName]]>) {
    it(`${def.file}: every row is either published or withheld, and the R rows are the withheld ones`, () => {
      const raw = rawRows(def.file);
      const published = record.rows[name];
      const withheld = record.withheld[name];
      expect(published.length + withheld.length).toBe(raw.length);
      for (const r of withheld) expect(r.flags).toContain("R");
      for (const r of published) expect(r.flags).not.toContain("R");
      const rFlagged = raw.filter((r) => /(^|\/)R(\/|$|\s)/.test(r["flag"] ?? ""));
      expect(withheld.length).toBe(rFlagged.length);
    });
  }

  it("withholds exactly the rows the files flag R (recalled), by name", () => {
    const flaggedR = (file: string, key: string) =>
      rawRows(file)
        .filter((r) => /(^|\/)R(\/|$|\s)/.test(r["flag"] ?? ""))
        .map((r) => r[key])
        .sort();
    expect(record.withheld.timeline.map((r) => r.row.date).sort()).toEqual(flaggedR(TABLES.timeline.file, "date"));
    expect(record.withheld.ports_of_entry.map((r) => r.row.us_port).sort()).toEqual(
      flaggedR(TABLES.ports_of_entry.file, "us_port"),
    );
  });

  it("parses numbers as numbers and leaves absent ones null", () => {
    // Every count of every fiscal year: the file's number, or null where the file leaves the cell empty.
    const raw = rawRows(TABLES.ffl_counts.file);
    const counts = raw.columns.filter((c) => c !== "source_id" && c !== "flag");
    expect(record.rows.ffl_counts.length).toBe(raw.length);
    record.rows.ffl_counts.forEach(({ row }, i) => {
      for (const c of counts) {
        const cell = raw[i]![c]!;
        expect(row[c as keyof typeof row], `row ${i + 1}, ${c}`).toBe(cell === "" ? null : Number(cell));
      }
    });
  });

  it("gives V2 rows the name of the report that carries them", () => {
    for (const rows of Object.values(record.rows)) {
      for (const r of rows) {
        if (r.flags.includes("V2")) expect(r.reportedBy.length, `${r.table} row ${r.index + 1}`).toBeGreaterThan(0);
        else expect(r.reportedBy).toEqual([]);
      }
    }
    const arizonaSonora = record.rows.corridors.find((r) => r.row.mx_state === "Sonora")!;
    expect(arizonaSonora.reportedBy).toEqual(["Telediario / Milenio"]);
  });

  it("keeps npm packages (S53, S55) as text, not links", () => {
    expect(record.sources.get("S53")!.url.links).toEqual([]);
    expect(record.sources.get("S55")!.url.links).toEqual([]);
    expect(record.sources.get("S03")!.url.links[0]).toBe("https://www.gao.gov/products/gao-21-322");
  });
});
