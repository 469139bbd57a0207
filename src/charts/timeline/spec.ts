import type { ChartSpec } from "../types.ts";
import { provenanceOf, PROVENANCE_COLUMNS } from "../kit/provenance.ts";
import { timelineOptions } from "./layout.ts";
import type { TimelineRow } from "./rows.ts";
import { declaredSets, figureOf } from "../../data/select.ts";

export type { TimelineRow } from "./rows.ts";

// The defendants counted are those of the lawsuit against gun makers: data/charts.json (sets.timeline) says which case.
const RECORD_SETS = { defendants: "lawsuit_defendants" } as const;

/** Security cooperation and Mexico's lawsuits, 2019-2025, in two tracks, with the article's date marked. */
export const timeline: ChartSpec<TimelineRow> = {
  id: "timeline",
  placeAfterFigure: "gun-makers-sued",
  recordSets: RECORD_SETS,
  columns: [
    { key: "date", type: "date" },
    { key: "track", type: "string" },
    { key: "event", type: "string" },
    ...PROVENANCE_COLUMNS,
  ],
  rows(story) {
    return story.record.rows.timeline
      .filter((r): r is typeof r & { row: { track: TimelineRow["track"] } } => r.row.track !== "data")
      .map((r) => ({ date: r.row.date, track: r.row.track, event: r.row.event, ...provenanceOf(r) }));
  },
  // The reader's table names each event in the edition's words; the downloads keep the record's wording.
  tableCell(row, key, tools) {
    return key === "event" ? tools.label(`event:${row.date}`) : undefined;
  },
  values(rows, story) {
    const tracked = rows.filter((r) => r.track !== "media");
    const { defendants } = declaredSets(story.charts.sets, "timeline", RECORD_SETS);
    return {
      first: { date: tracked[0]!.date },
      last: { date: tracked.at(-1)!.date },
      published: { date: rows.find((r) => r.track === "media")!.date },
      events: tracked.length,
      filed: { date: tracked.find((r) => r.track === "lawsuit")!.date },
      defendants: { count: defendants.length },
      manufacturers: { count: defendants.filter((r) => r.row.role.startsWith("manufacturer")).length },
      distributors: { count: defendants.filter((r) => r.row.role.startsWith("wholesaler")).length },
      articleMakers: { count: Number(figureOf(story.figures, "gun-makers-sued", "timeline").value) },
    };
  },
  annotations(rows, _story, tools) {
    // The article's own date: the row every other event is read against. Events are named by labels.event:<date>.
    const article = rows.find((r) => r.track === "media")!;
    return [{ key: "article", text: tools.note("article"), x: 0, y: article.date }];
  },
  options(rows, ctx) {
    return timelineOptions(rows, ctx);
  },
};
