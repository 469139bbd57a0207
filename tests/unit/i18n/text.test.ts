import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/data/errors.ts";
import { loadText } from "../../../src/i18n/text.ts";
import { claimTemplate } from "../../../src/i18n/claim-text.ts";
import { loadStory } from "../../../src/data/story.ts";
import { ROOT } from "../../support/paths.ts";

const en = loadText("en");
const es = loadText("es");
const story = loadStory();

function leaves(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${prefix}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("the Spanish edition's text", () => {
  it("has every key the English edition has", () => {
    const have = new Set(leaves(es));
    const missing = leaves({
      ui: en.ui,
      verdicts: en.verdicts,
      verdictCounts: en.verdictCounts,
      charts: en.charts,
    }).filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  it("uses the same placeholders as the English text, key by key", () => {
    const ph = (s: string) =>
      [...s.matchAll(/\{[^}]+\}/g)]
        .map((m) => m[0])
        .sort()
        .join();
    const get = (obj: unknown, path: string) =>
      path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const key of leaves({ charts: en.charts })) {
      expect(ph(String(get(es, key))), key).toBe(ph(String(get(en, key))));
    }
  });

  it("translates every claim with the English template's placeholders and no typed number", () => {
    for (const claim of story.claims) {
      expect(() => claimTemplate(claim, es, "finding")).not.toThrow();
      expect(claimTemplate(claim, es, "label")).toBeTruthy();
      if (claim.correctionTemplate) expect(claimTemplate(claim, es, "correction")).toBeTruthy();
    }
  });

  it("translates the article paragraph for paragraph, with the same numbers in each", () => {
    const digits = (s: string) => (s.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]/g, "")).sort();
    expect(es.article!.paragraphs).toHaveLength(story.article.paragraphs.length);
    story.article.paragraphs.forEach((p, i) =>
      expect(digits(es.article!.paragraphs[i]!), `paragraph ${i}`).toEqual(digits(p.text)),
    );
    expect(digits(es.article!.caption)).toEqual(digits(story.article.caption!.text));
  });

  it("a missing translation fails, naming the key", () => {
    const dir = join(ROOT, "tests", ".tmp", "i18n-missing");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "text"), { recursive: true });
    cpSync(join(ROOT, "data", "text", "en.json"), join(dir, "text", "en.json"));
    const broken = JSON.parse(readFileSync(join(ROOT, "data", "text", "es.json"), "utf8"));
    delete broken.charts["origin-share"].labels.gao;
    writeFileSync(join(dir, "text", "es.json"), JSON.stringify(broken));
    let error: unknown;
    try {
      loadText("es", dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'data/text/es.json, translation, field "charts.origin-share.labels.gao": missing (present in data/text/en.json)',
    );
  });
});
