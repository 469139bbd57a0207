import { describe, expect, it } from "vitest";
import { snapshotArtboards } from "../../../tests/support/chart-snapshots.ts";
import { loadStory } from "../../data/story.ts";
import { chartById } from "../registry.ts";
import type { OriginShareRow } from "./spec.ts";

const story = loadStory();
const rec = story.record.rows;

describe("origin-share rows come from the record", () => {
  it("the claim, GAO's share, and ATF's share computed from its two counts", () => {
    const rows = chartById("origin-share").rows(story) as OriginShareRow[];
    const claim = story.figures.find((f) => f.id === "us-share-of-seized-guns")!;
    const gao = rec.mexico_trace_aggregates.find((r) => r.row.metric === "share_us_sourced")!.row;
    const atf = rows.find((r) => r.series === "atf")!;
    expect(rows.map((r) => r.series)).toEqual(["claim", "gao", "atf"]);
    expect(rows[0]!.share_pct).toBe(claim.value);
    expect(rows[1]!.share_pct).toBe(gao.value);
    expect(atf.share_pct).toBeCloseTo((atf.us_sourced! / atf.traced!) * 100, 1);
    expect(atf.flag).toBe("V2");
  });
});

snapshotArtboards("origin-share", import.meta.url);
