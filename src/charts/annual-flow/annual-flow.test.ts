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
    // Ranges as the record gives them (that a low is not above its central value, the loader checks:
    // bad-input fixture range-inverted).
    const yearly = rec.flow_estimates.filter((r) => r.row.unit === "firearms_per_year");
    expect(rows.map((r) => [r.period, r.central, r.low, r.high]).sort()).toEqual(
      yearly.map(({ row: r }) => [r.period, r.central, r.low, r.high]).sort(),
    );
    expect(rows[0]!.central).toBe(story.figures.find((f) => f.id === "annual-inflow")!.value);
  });
});

snapshotArtboards("annual-flow", import.meta.url);
