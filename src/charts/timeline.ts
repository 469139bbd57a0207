import * as Plot from "@observablehq/plot";
import type { ChartSpec, DownloadRow } from "./types.ts";
import { provenanceOf, PROVENANCE_COLUMNS } from "./provenance.ts";
import { colorClass } from "./palette.ts";
import { labelLinesFor } from "./bars.ts";
import { emsFor } from "./text-metrics.ts";
import { textWidth } from "../map/labels.ts";
import { DATA_MARK } from "../render/svg.ts";

export interface TimelineRow extends DownloadRow {
  date: string;
  /** security and lawsuit are the two tracks; media is the article itself, drawn as a marker line. */
  track: "security" | "lawsuit" | "media";
  event: string;
}

const TRACKS = ["security", "lawsuit"] as const;
/** Layout in px: time runs down; the two tracks are columns; labels sit right of them. */
const PX_PER_YEAR = 92;
const LINE = 15;
const TRACK_X = { security: 48, lawsuit: 72 } as const;
const LABEL_X = 92;
const TOP = 40;

/** Events labelled on the chart: key = ISO date, text from the text data. The rest are in the table and the marks' names. */
const LABELLED = ["2021-08-04", "2021-10-08", "2022-09-30", "2023-07-24", "2024-01-22", "2025-06-05", "2025-09-28"];

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * Pushes labels down so none overlaps the one above it (each needs `lines` x LINE px), keeping
 * each as close as it can to its event. Deterministic: input order is date order.
 */
export function dodge(items: Array<{ y: number; lines: number }>): number[] {
  const out: number[] = [];
  let floor = -Infinity;
  for (const { y, lines } of items) {
    const top = Math.max(y - LINE / 2, floor);
    out.push(top);
    floor = top + lines * LINE + 4;
  }
  return out;
}

/** Security cooperation and Mexico's lawsuits, 2019-2025, in two tracks, with the article's date marked. */
export const timeline: ChartSpec<TimelineRow> = {
  id: "timeline",
  placeAfterFigure: "gun-makers-sued",
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
    const defendants = story.record.rows.lawsuit_defendants.filter((r) => r.row.case.startsWith("D.Mass."));
    return {
      first: { date: tracked[0]!.date },
      last: { date: tracked.at(-1)!.date },
      published: { date: rows.find((r) => r.track === "media")!.date },
      events: tracked.length,
      filed: { date: tracked.find((r) => r.track === "lawsuit")!.date },
      defendants: { count: defendants.length },
      manufacturers: { count: defendants.filter((r) => r.row.role.startsWith("manufacturer")).length },
      distributors: { count: defendants.filter((r) => r.row.role.startsWith("wholesaler")).length },
      articleMakers: { count: Number(story.figures.find((f) => f.id === "gun-makers-sued")!.value) },
    };
  },
  annotations(rows, _story, tools) {
    return rows
      .filter((r) => LABELLED.includes(r.date) || r.track === "media")
      .map((r) =>
        r.track === "media"
          ? { key: "article", text: tools.note("article"), x: LABEL_X - 6, y: r.date }
          : { key: r.date, text: tools.note(r.date), x: TRACK_X[r.track], y: r.date },
      );
  },
  options(rows, ctx) {
    const events = rows.filter((r) => r.track !== "media");
    const firstYear = Number(events[0]!.date.slice(0, 4));
    const lastYear = Number(events.at(-1)!.date.slice(0, 4)) + 1;
    const t0 = Date.UTC(firstYear, 0, 1);
    const yOf = (iso: string) => TOP + ((utc(iso) - t0) / (365.25 * 864e5)) * PX_PER_YEAR;
    const bottom = TOP + (lastYear - firstYear) * PX_PER_YEAR;
    const labelWidth = ctx.width - LABEL_X - 4;
    const labels = ctx.annotations.map((a) => ({ ...a, lines: labelLinesFor([a.text], labelWidth), at: yOf(String(a.y)) }));
    const tops = dodge(labels.map((l) => ({ y: l.at, lines: l.lines })));
    const placed = labels.map((l, i) => ({ ...l, top: tops[i]! }));
    // A spare line below the last label: the wrap estimate can be one line short.
    const height = Math.max(bottom + 16, ...placed.map((p) => p.top + (p.lines + 1) * LINE + 8));
    const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
    const article = rows.find((r) => r.track === "media")!;
    // The key's second entry starts after the first one's name (bold 12 px text, estimated).
    const key = TRACKS.reduce<Array<{ track: (typeof TRACKS)[number]; label: string; dot: number; text: number }>>((acc, track) => {
      const prev = acc.at(-1);
      const dot = prev ? prev.text + textWidth(prev.label, "bold") + 16 : 6;
      return [...acc, { track, label: ctx.label(track), dot, text: dot + 9 }];
    }, []);
    const dots = events.map((r) => ({ ...r, x: TRACK_X[r.track as "security" | "lawsuit"], y: yOf(r.date), aria: `${ctx.date(r.date)}: ${r.event}` }));
    return {
      width: ctx.width,
      height,
      margin: 0,
      x: { type: "identity", axis: null },
      y: { type: "identity", axis: null },
      marks: [
        // Year lines and labels down the left edge.
        Plot.ruleY(years, { y: (d: number) => yOf(`${d}-01-01`), x1: 40, x2: ctx.width, className: "grid" }),
        Plot.text(years, { x: 0, y: (d: number) => yOf(`${d}-01-01`), text: (d: number) => String(d), textAnchor: "start", dy: 7, className: "axis-label tabular", fill: "currentColor" }),
        // Track lines and their names at the top.
        ...TRACKS.map((track) => Plot.ruleX([TRACK_X[track]], { y1: TOP, y2: bottom, className: `track-line ${colorClass(track)}`, stroke: "currentColor", strokeOpacity: 0.5 })),
        // A key in one row: each track's dot in its colour, then its name.
        ...key.flatMap((k) => [
          Plot.dot([k], { x: "dot", y: 14, r: 5, fill: "currentColor", className: colorClass(k.track) }),
          Plot.text([k], { x: "text", y: 14, text: "label", textAnchor: "start", className: "track-label", fill: "currentColor" }),
        ]),
        // The article's date, across the tracks.
        Plot.ruleY([article], { y: (d: TimelineRow) => yOf(d.date), x1: 40, x2: LABEL_X - 6, className: `article-rule ${colorClass("claim")}`, stroke: "currentColor", strokeWidth: 2 }),
        // Connectors from each labelled event to its (dodged) label.
        Plot.link(placed, { x1: "x", y1: "at", x2: LABEL_X - 4, y2: (d: (typeof placed)[number]) => d.top + LINE / 2, className: "annotation-connector", stroke: "currentColor" }),
        // Event labels, and the article's own label in the claim colour.
        ...[false, true].map((isArticle) =>
          Plot.text(
            placed.filter((d) => (d.key === "article") === isArticle),
            {
              x: LABEL_X,
              y: "top",
              text: "text",
              textAnchor: "start",
              lineAnchor: "top",
              lineHeight: LINE / 12,
              lineWidth: emsFor(labelWidth),
              className: isArticle ? `article-label ${colorClass("claim")}` : "annotation timeline-label",
              fill: "currentColor",
            },
          ),
        ),
        ...TRACKS.map((track) =>
          Plot.dot(
            dots.filter((d) => d.track === track),
            { x: "x", y: "y", r: 5, fill: "currentColor", className: `${DATA_MARK} ${colorClass(track)}`, ariaLabel: "aria" },
          ),
        ),
      ],
    };
  },
};
