import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { loadStory } from "../../data/story.ts";
import { chartById } from "../registry.ts";

const story = loadStory();
const rec = story.record.rows;

describe("source-states rows come from the record", () => {
  it("the latest trace period's states with a count, largest first", () => {
    const rows = chartById("source-states").rows(story);
    const period = story.charts.latestTracePeriod;
    const expected = rec.us_source_states.filter((r) => r.row.period === period && r.row.count !== null);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.count)).toEqual(expected.map((r) => r.row.count).sort((a, b) => b! - a!));
  });

  it("a universe the file writes as 'same' is the universe of the row above it", () => {
    const file = rec.us_source_states;
    const rows = chartById("source-states").rows(story);
    for (const r of rows) {
      const i = file.findIndex((f) => f.row.period === r.period && f.row.state === r["state"]);
      const stated = file
        .slice(0, i + 1)
        .reverse()
        .find((f) => f.row.universe !== "same")!.row.universe;
      expect(r["universe"]).toBe(stated);
    }
  });
});

snapshotArtboards("source-states", import.meta.url);
