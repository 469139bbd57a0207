import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_PATH } from "../../support/paths.ts";

// SHA-256 of ../shared/seeds/000_dabb5036403d47ec.txt, the Anadolu Agency article of 27 July
// 2023. The seed is never edited: the whole data layer is derived from these bytes.
const SEED_SHA256 = "dc21a95dcdff6c09c30a75781ed860c0a82728110c2b3ab1ba7aa1cf86ef56bf";

describe("the seed article", () => {
  it("is byte-identical to the shared seed", () => {
    expect(createHash("sha256").update(readFileSync(SEED_PATH)).digest("hex")).toBe(SEED_SHA256);
  });

  it("is the only text file in seeds/", () => {
    expect(readdirSync("seeds").filter((f) => f.endsWith(".txt"))).toHaveLength(1);
  });
});
