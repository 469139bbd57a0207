// The selectors charts read the story through: a figure or a speaker that is not there is one
// DataError naming data/figures.json and the chart, never a TypeError from a `!`.
import { describe, expect, it } from "vitest";
import { getStory } from "../../../src/data/story.ts";
import { DataError } from "../../../src/data/errors.ts";
import { figureOf, speakerOf } from "../../../src/data/select.ts";

const { figures } = getStory();

describe("figureOf and speakerOf", () => {
  it("give every figure of data/figures.json by its id, and its speaker where it has one", () => {
    for (const f of figures) {
      expect(figureOf(figures, f.id, "a chart")).toBe(f);
      if (f.speaker !== null) expect(speakerOf(f, "a chart")).toBe(f.speaker);
    }
  });

  it("name the file, the figure and the chart when a figure is missing", () => {
    const missing = () => figureOf(figures, "no-such-figure", "origin-share");
    expect(missing).toThrow(DataError);
    expect(missing).toThrow('data/figures.json, figure "no-such-figure", field "id": missing: origin-share reads it');
  });

  it("name the figure and the chart when a figure a chart attributes has no speaker", () => {
    const unattributed = { ...figures[0]!, speaker: null };
    expect(() => speakerOf(unattributed, "annual-flow")).toThrow(
      `data/figures.json, figure "${unattributed.id}", field "speaker": empty: annual-flow names who said it`,
    );
  });
});
