import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/registry.ts";
import { loadStory } from "../../../src/data/story.ts";
import { declaredList, declaredRows, declaredSets } from "../../../src/data/select.ts";
import { DataError } from "../../../src/data/errors.ts";

const story = loadStory();

describe("data/charts.json: the record rows charts declare", () => {
  it("gives every chart exactly the rows its spec declares, from the declared tables", () => {
    const declared = Object.fromEntries(
      CHARTS.filter((c) => c.records).map((c) => [c.id, Object.keys(c.records!).sort()]),
    );
    const given = Object.fromEntries(
      Object.entries(story.charts.rows).map(([id, rows]) => [id, Object.keys(rows).sort()]),
    );
    expect(given).toEqual(declared);
    for (const spec of CHARTS)
      if (spec.records) expect(() => declaredRows(story.charts.rows, spec.id, spec.records!)).not.toThrow();
  });

  it("gives every chart exactly the row sets its spec declares, each with at least one row of the declared table", () => {
    const declared = Object.fromEntries(
      CHARTS.filter((c) => c.recordSets).map((c) => [c.id, Object.keys(c.recordSets!).sort()]),
    );
    const given = Object.fromEntries(
      Object.entries(story.charts.sets).map(([id, sets]) => [id, Object.keys(sets).sort()]),
    );
    expect(given).toEqual(declared);
    for (const spec of CHARTS) {
      if (!spec.recordSets) continue;
      for (const rows of Object.values(declaredSets(story.charts.sets, spec.id, spec.recordSets)))
        expect(rows.length).toBeGreaterThan(0);
    }
    expect(() => declaredSets(story.charts.sets, "timeline", { nothing: "gun_stores" })).toThrow(
      'data/charts.json, sets.timeline, field "nothing": missing',
    );
    expect(() => declaredSets(story.charts.sets, "timeline", { defendants: "gun_stores" })).toThrow(
      'field "defendants.table": is lawsuit_defendants',
    );
  });

  it("gives the flow map the crossings it labels, each a published crossing of the record", () => {
    const labelled = declaredList(story.charts.lists, "flow-map", "labelledCrossings");
    expect(labelled.length).toBeGreaterThan(0);
    const ports = story.record.rows.ports_of_entry.map((r) => r.row.us_port);
    for (const port of labelled) expect(ports).toContain(port);
    expect(() => declaredList(story.charts.lists, "flow-map", "nothing")).toThrow(
      'data/charts.json, lists.flow-map, field "nothing": missing',
    );
  });

  it("a declared row data/charts.json does not give is a DataError naming the file and the row", () => {
    expect(() => declaredRows(story.charts.rows, "origin-share", { nothing: "gun_stores" })).toThrow(DataError);
    expect(() => declaredRows(story.charts.rows, "origin-share", { nothing: "gun_stores" })).toThrow(
      'data/charts.json, rows.origin-share, field "nothing": missing',
    );
    expect(() => declaredRows(story.charts.rows, "origin-share", { gao: "gun_stores" })).toThrow(
      'field "gao.table": is mexico_trace_aggregates',
    );
  });

  it("the latest trace period is one the source-state table reports", () => {
    expect(story.record.rows.us_source_states.some((r) => r.row.period === story.charts.latestTracePeriod)).toBe(true);
  });
});
