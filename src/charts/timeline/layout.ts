import * as Plot from "@observablehq/plot";
import type { RenderContext } from "../types.ts";
import { TRACKS, type TimelineRow } from "./rows.ts";
import { colorClass } from "../kit/palette.ts";
import { DATA_MARK } from "../types.ts";
import { LINE_EMS, LINE_PX, lineWidthPx, wrapText, type FontWeight } from "../kit/text-measure.ts";
import { NBSP } from "../../data/format.ts";
import { isTwoColumnArtboard } from "../kit/artboards.ts";

/** Dot radius, air between rows and blocks, and the gap between lanes, in px. */
const R = 5;
const GAP = 8;
const LANE_GAP = 20;

type Track = (typeof TRACKS)[number];

interface Text {
  x: number;
  y: number;
  lines: string[];
  className: string;
}

/** A day without its year, as the edition writes it ("Sep 30", "30 sept"); the year is the section's heading. */
const shortDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace(/ /g, NBSP);

const height = (t: Text) => t.lines.length * LINE_PX;
const wrapped = (
  x: number,
  y: number,
  text: string,
  maxPx: number,
  className: string,
  weight: FontWeight = "regular",
): Text => ({ x, y, lines: wrapText(text, Math.max(maxPx, 40), weight), className });

/**
 * The timeline at one artboard width, as a list in date order: every event named beside its dot,
 * each year a heading, the article's date a full-width marker in the claim colour. On an artboard
 * with room for two columns (kit/artboards.ts) the security talks and the lawsuits take a lane
 * each, packed side by side but never out of order; narrower, one lane, the track shown by the
 * dot's colour and the key.
 */
export function timelineOptions(rows: TimelineRow[], ctx: RenderContext): Plot.PlotOptions {
  const W = ctx.width;
  const lanes = isTwoColumnArtboard(W);
  const laneWidth = lanes ? (W - LANE_GAP) / 2 : W;
  const laneX = (track: Track) => (lanes && track === "lawsuit" ? laneWidth + LANE_GAP : 0);
  // Dates measured with the widest UI font's advances (DejaVu Sans), plus air before the event's name.
  const dateW = Math.ceil(Math.max(...rows.map((r) => lineWidthPx(shortDate(r.date, ctx.locale))))) + 10;
  const textX = 2 * R + 6 + dateW;

  const texts: Text[] = [];
  const dots: Array<{ x: number; y: number; track: Track; aria: string }> = [];
  const headings: Array<{ text: Text; x2: number; article: boolean }> = [];

  // The key: each lane's name over the lane, or one row of both names on a phone.
  let y = 0;
  const keyDots: Array<{ x: number; y: number; track: Track }> = [];
  let keyX = 0;
  for (const track of TRACKS) {
    const x = lanes ? laneX(track) : keyX;
    const t = wrapped(x + 2 * R + 4, y, ctx.label(track), laneWidth - 2 * R - 4, "track-label", "bold");
    texts.push(t);
    keyDots.push({ x: x + R, y: y + LINE_PX / 2, track });
    keyX = x + 2 * R + 4 + lineWidthPx(t.lines[0]!, "bold") + 16;
  }
  y += LINE_PX + GAP;

  // Where the next row may start in each lane, and the top of the last event (order is kept).
  const bottom: Record<Track, number> = { security: y, lawsuit: y };
  let lastTop = y;
  /** A heading across the whole width: below everything drawn so far. */
  const heading = (label: string, article: boolean) => {
    const top = Math.max(bottom.security, bottom.lawsuit) + (article ? GAP : GAP / 2);
    const t = wrapped(
      0,
      top,
      label,
      W - 40,
      article ? `article-label ${colorClass("claim")}` : "axis-label tabular",
      "bold",
    );
    headings.push({ text: t, x2: W, article });
    texts.push(t);
    // The article's rule runs the full width under its label: the line every event is read against.
    const next = top + height(t) + (article ? 6 : 0) + GAP;
    bottom.security = bottom.lawsuit = lastTop = next;
  };

  let year = "";
  for (const r of rows) {
    if (r.date.slice(0, 4) !== year) {
      year = r.date.slice(0, 4);
      heading(year, false);
    }
    if (r.track === "media") {
      heading(ctx.annotations.find((a) => a.key === "article")!.text, true);
      continue;
    }
    const track = r.track;
    // One list on a phone: both tracks share the one lane.
    const lane: Track = lanes ? track : "security";
    const x0 = laneX(track);
    const top = Math.max(bottom[lane], lastTop);
    const name = ctx.label(`event:${r.date}`);
    const body = wrapped(x0 + textX, top, name, laneWidth - textX - 4, "event-label");
    texts.push(
      { x: x0 + 2 * R + 6, y: top, lines: [shortDate(r.date, ctx.locale)], className: "axis-label tabular" },
      body,
    );
    dots.push({ x: x0 + R, y: top + LINE_PX / 2, track, aria: `${ctx.date(r.date)}: ${name}` });
    bottom[lane] = top + height(body) + GAP;
    lastTop = top;
  }
  const H = Math.ceil(Math.max(bottom.security, bottom.lawsuit));

  // One Plot text mark per class (Plot takes one class per mark).
  const classes = [...new Set(texts.map((t) => t.className))];
  return {
    width: W,
    height: H,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Year rules start after their year, the article's runs under its label: no line crosses text.
      ...[false, true].map((article) =>
        Plot.ruleY(
          headings.filter((h) => h.article === article),
          {
            y: (h) => (h.article ? h.text.y + height(h.text) + 3 : h.text.y + LINE_PX / 2),
            x1: (h) =>
              h.article ? 0 : h.text.x + Math.max(...h.text.lines.map((l: string) => lineWidthPx(l, "bold"))) + 6,
            x2: "x2",
            className: article ? `article-rule ${colorClass("claim")}` : "grid",
            stroke: "currentColor",
            strokeWidth: article ? 3 : 1,
          },
        ),
      ),
      ...classes.map((className) =>
        Plot.text(
          texts.filter((t) => t.className === className),
          {
            x: "x",
            y: "y",
            text: (t: Text) => t.lines.join("\n"),
            textAnchor: "start",
            lineAnchor: "top",
            lineHeight: LINE_EMS,
            className,
            fill: "currentColor",
          },
        ),
      ),
      ...TRACKS.map((track) =>
        Plot.dot(
          keyDots.filter((d) => d.track === track),
          { x: "x", y: "y", r: R, fill: "currentColor", className: `key-dot ${colorClass(track)}` },
        ),
      ),
      ...TRACKS.map((track) =>
        Plot.dot(
          dots.filter((d) => d.track === track),
          {
            x: "x",
            y: "y",
            r: R,
            fill: "currentColor",
            className: `${DATA_MARK} ${colorClass(track)}`,
            ariaLabel: "aria",
          },
        ),
      ),
    ],
  };
}
