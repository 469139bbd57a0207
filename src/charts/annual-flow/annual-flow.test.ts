import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { loadStory } from "../../data/story.ts";
import { chartById } from "../registry.ts";
import type { AnnualFlowRow } from "./spec.ts";

const story = loadStory();
const rec = story.record.rows;

describe("annual-flow rows come from the record", () => {
  it("every yearly estimate, the article's first, with ranges where given", () => {
    const rows = chartById("annual-flow").rows(story) as AnnualFlowRow[];
    expect(rows.length).toBe(rec.flow_estimates.filter((r) => r.row.unit === "firearms_per_year").length);
    expect(rows[0]!.central).toBe(story.figures.find((f) => f.id === "annual-inflow")!.value);
    for (const r of rows) if (r.low !== null) expect(r.low).toBeLessThan(r.central);
  });
});

snapshotArtboards("annual-flow", import.meta.url);
