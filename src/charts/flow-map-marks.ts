import * as Plot from "@observablehq/plot";
import type { RenderContext } from "./types.ts";
import type { FlowMapRow } from "./flow-map.ts";
import { colorClass } from "./palette.ts";
import { layoutFlows, layoutKey, maxRadius, PAD, type Flow } from "./flow-map-layout.ts";
import { DATA_MARK } from "../render/svg.ts";
import { flowMapProjection, mapHeight } from "../map/projection.ts";
import { mapLayers } from "../map/geometry.ts";
import { pathData, type Box } from "../map/path.ts";
import { HEAD_LENGTH, HEAD_WIDTH, type Point } from "../map/arrows.ts";
import { around, LINE_PX, placeLabels, sidesToward, wrap, type Candidate, type LabelRequest, type Obstacle, type PlacedLabel, type Rect } from "../map/labels.ts";
import { arrowPaths, element, group, labelMarks, textOf } from "../map/marks.ts";

/** From this artboard width the key and its note sit on the map, in the Pacific; narrower, below it. */
const INSET_MIN = 540;
/** From this width the article's claim sits in the Gulf, beside the border; narrower, below the map. */
const CLAIM_INSET_MIN = 720;
/** Labelled crossings, most important first: those the story's readers know, then other twin cities. */
const LABELLED_CROSSINGS = ["El Paso", "Laredo", "Nogales", "Calexico", "Brownsville"];

type Xy = (lon: number, lat: number) => Point;
interface Circle {
  row: FlowMapRow;
  at: Point;
  r: number;
}

const rectAround = ([x, y]: Point, r: number): Rect => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
const boxOf = (points: Point[]): Rect => ({
  x0: Math.min(...points.map((p) => p[0])),
  y0: Math.min(...points.map((p) => p[1])),
  x1: Math.max(...points.map((p) => p[0])),
  y1: Math.max(...points.map((p) => p[1])),
});

/**
 * What the map labels, in tiers placed in turn: source states, the flows' destinations (ahead of
 * each arrow first), the article's claim, the two countries, then crossings while room is left.
 */
function labelRequests(circles: Circle[], flows: Flow[], crossings: FlowMapRow[], claim: { lines: string[]; x: number; y: number } | null, xy: Xy, ctx: RenderContext, inset: boolean): LabelRequest[] {
  const W = ctx.width;
  return [
    ...circles.map((c) => ({
      key: `state:${c.row.origin}`,
      lines: [ctx.label("state", { state: c.row.origin, count: c.row.count! })],
      weight: "bold" as const,
      mayCross: true,
      tier: 0,
      candidates: around(c.at[0], c.at[1], c.r, ["right", "aboveRight", "above", "belowRight", "left", "aboveLeft", "below", "belowLeft"]),
    })),
    ...flows.map((f) => {
      const [tip, left, right] = f.arrow.headPoints;
      const heading = (Math.atan2(tip[1] - (left[1] + right[1]) / 2, tip[0] - (left[0] + right[0]) / 2) * 180) / Math.PI;
      const to = f.row.destination!;
      return {
        key: `to:${to}`,
        // Narrow artboards list each corridor's count in the key below the map: the map names the state only.
        lines: [inset ? ctx.label("destination", { state: to, count: f.row.count! }) : ctx.label("destinationName", { state: to })],
        weight: "bold" as const,
        mayCross: true,
        tier: 1,
        candidates: around(tip[0], tip[1], (HEAD_WIDTH * f.arrow.width) / 2 + 1, sidesToward(heading).slice(0, 7)),
      };
    }),
    ...(claim ? [{ key: "inflow", lines: claim.lines, weight: "bold" as const, tier: 2, candidates: [-40, -10, 20, 50, 80, 110].map((dy): Candidate => ({ x: claim.x, y: claim.y + dy, textAnchor: "start" })) }] : []),
    ...(W >= 400
      ? [
          { key: "country:us", lines: [ctx.label("us")], weight: "caps" as const, tier: 3, candidates: [xy(-104.5, 36.8), xy(-97.5, 36.2)].map(([x, y]): Candidate => ({ x, y, textAnchor: "middle" })) },
          { key: "country:mx", lines: [ctx.label("mx")], weight: "caps" as const, tier: 4, candidates: [xy(-104.6, 24.2), xy(-103.2, 22.6), xy(-106.5, 27)].map(([x, y]): Candidate => ({ x, y, textAnchor: "middle" })) },
        ]
      : []),
    ...LABELLED_CROSSINGS.flatMap((port, i) => {
      const c = crossings.find((r) => r.origin === port);
      if (!c) return [];
      const [x, y] = xy(c.origin_lon, c.origin_lat);
      const mx = c.destination?.replace(/\s*\(.*\)$/, "");
      // X rows: the Mexican side is disputed, so only the US side is named, as only it is drawn.
      const usOnly = c.flag.split("/").includes("X") || !mx || mx === c.origin;
      const text = usOnly ? ctx.label("crossingUsOnly", { us: c.origin }) : ctx.label("crossing", { us: c.origin, mx: mx! });
      return [{ key: `crossing:${port}`, lines: [text], tier: 5 + i, candidates: around(x, y, 3, ["aboveRight", "aboveLeft", "above", "belowLeft", "belowRight", "left", "right"]) }];
    }),
  ];
}

/** Plot options for the flow map at one artboard width: identity scales, everything projected here. */
export function flowMapOptions(rows: FlowMapRow[], ctx: RenderContext): Plot.PlotOptions {
  const W = ctx.width;
  const inset = W >= INSET_MIN;
  const projection = flowMapProjection(W);
  const mapH = mapHeight(W);
  const frame: Box = [
    [0, 0],
    [W, mapH],
  ];
  const xy: Xy = (lon, lat) => projection([lon, lat]) as Point;
  const layers = mapLayers();
  const states = rows.filter((r) => r.kind === "source-state");
  const crossings = rows.filter((r) => r.kind === "crossing");
  const maxState = Math.max(...states.map((s) => s.count!));
  const circles: Circle[] = states.map((row) => ({ row, at: xy(row.origin_lon, row.origin_lat), r: Math.sqrt(row.count! / maxState) * maxRadius(W) }));
  const flows = layoutFlows(
    rows.filter((r) => r.kind === "corridor"),
    xy,
    (state) => circles.find((c) => c.row.origin === state)?.r ?? 0,
    W,
  );
  const noteOf = (key: string) => ctx.annotations.find((a) => a.key === key);
  const inflow = noteOf("inflow");
  const key = layoutKey(flows, noteOf("traced")?.text ?? null, ctx, { inset, mapHeight: mapH });

  // Circles, arrowheads and the key are never covered; a label may cross a flow's line (with a
  // halo) if it must. The samples under a head would keep a label off its own tip: the head stands for them.
  const obstacles: Obstacle[] = [...circles.map((c) => ({ cx: c.at[0], cy: c.at[1], r: c.r })), ...flows.map((f) => boxOf(f.arrow.headPoints)), ...(inset ? [key.box] : [])];
  const flowLines = flows.flatMap((f) => {
    const tip = f.arrow.samples.at(-1)!;
    return f.arrow.samples.filter((p) => Math.hypot(p[0] - tip[0], p[1] - tip[1]) > HEAD_LENGTH * f.arrow.width).map((p) => rectAround(p, f.arrow.width / 2 + 1));
  });
  const inflowAt = inflow ? xy(Number(inflow.x), Number(inflow.y)) : null;
  const claimX = inflowAt ? inflowAt[0] + (inflow?.dx ?? 0) : 0;
  const claim = inflow && inflowAt && W >= CLAIM_INSET_MIN ? { lines: wrap(inflow.text, Math.min(200, W - PAD - claimX), "bold"), x: claimX, y: inflowAt[1] } : null;
  const placed = placeLabels(labelRequests(circles, flows, crossings, claim, xy, ctx, inset), obstacles, { x0: PAD, y0: PAD, x1: W - PAD, y1: mapH - PAD }, flowLines);
  const labels = (prefix: string) => placed.filter((p) => p.key.startsWith(prefix));

  // The claim goes below the map (and the key) when narrow, or when the Gulf has no room for it.
  const claimPlaced = placed.find((p) => p.key === "inflow");
  const belowLines = inflow && !claimPlaced ? wrap(inflow.text, W - 2 * PAD, "bold") : [];
  const claimBelow = belowLines.length ? { x: PAD, y: (inset ? mapH : key.box.y1) + 12 + (belowLines.length * LINE_PX) / 2, lines: belowLines } : null;
  const claimText = claimPlaced ?? claimBelow;
  const height = Math.ceil(Math.max(mapH, inset ? 0 : key.box.y1 + PAD, claimBelow ? claimBelow.y + (belowLines.length * LINE_PX) / 2 + PAD : 0));
  const block = (d: { x: number; y: number; lines: string[] }, className: string) =>
    Plot.text([d], { x: "x", y: "y", text: textOf, textAnchor: "start", lineAnchor: "top", lineHeight: LINE_PX / 12, className, fill: "currentColor", filter: () => d.lines.length > 0 });

  return {
    width: W,
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Base map: land, the source states tinted, state lines, then the border on top.
      group({ class: `map-land ${colorClass("other")}` }, (doc) => [
        element(doc, "path", { d: [layers.neighbours, layers.unitedStates, layers.mexico].map((g) => pathData(g, projection, frame)).join(""), fill: "currentColor", "fill-opacity": 0.2 }),
      ]),
      group({ class: `map-source-states ${colorClass("record")}` }, (doc) =>
        circles.map((c) => element(doc, "path", { d: pathData(layers.states.get(c.row.origin)!, projection, frame), fill: "currentColor", "fill-opacity": 0.1 })),
      ),
      group({ class: `map-state-lines ${colorClass("other")}` }, (doc) => [
        element(doc, "path", { d: pathData(layers.usStateLines, projection, frame) + pathData(layers.mexicoStateLines, projection, frame), fill: "none", stroke: "currentColor", "stroke-width": 0.6, "stroke-opacity": 0.7 }),
      ]),
      group({ class: "map-border" }, (doc) => [element(doc, "path", { d: pathData(layers.border, projection, frame), fill: "none", stroke: "currentColor", "stroke-width": 1.5 })]),
      Plot.dot(
        crossings.map((c) => xy(c.origin_lon, c.origin_lat)),
        { x: (d: Point) => d[0], y: (d: Point) => d[1], r: 2.5, fill: "currentColor", stroke: "none", className: "map-crossing" },
      ),
      // Flows and circles: focusable and named, tagged with their origin for the highlight script.
      group({ class: `${DATA_MARK} ${colorClass("record")}` }, (doc) =>
        flows.map((f) => {
          const g = element(doc, "g", { class: "flow", "data-origin": f.row.origin, "aria-label": ctx.label("flowName", { from: f.row.origin, to: f.row.destination!, count: f.row.count! }) });
          for (const p of arrowPaths(doc, f.arrow)) g.appendChild(p);
          return g;
        }),
      ),
      group({ class: `${DATA_MARK} ${colorClass("record")}` }, (doc) =>
        circles.map((c) =>
          element(doc, "circle", {
            class: "source-state",
            "data-origin": c.row.origin,
            cx: c.at[0],
            cy: c.at[1],
            r: c.r,
            fill: "currentColor",
            "fill-opacity": 0.3,
            stroke: "currentColor",
            "stroke-width": 1.5,
            "aria-label": ctx.label("stateName", { state: c.row.origin, count: c.row.count!, period: c.row.period ?? "" }),
          }),
        ),
      ),
      ...labelMarks(labels("country:"), "map-country"),
      ...labelMarks(labels("crossing:"), "map-crossing-label"),
      ...labelMarks(labels("state:"), "map-state-label"),
      ...labelMarks(labels("to:"), "map-destination-label"),
      // The key: what a flow's width means, and what the counts leave out.
      block(key.title, "map-key-title"),
      group({ class: `map-key ${colorClass("record")}` }, (doc) => key.rows.flatMap((k) => arrowPaths(doc, k.arrow))),
      Plot.text(key.rows, { x: key.textX, y: "y", text: "text", textAnchor: "start", className: "map-key-value tabular", fill: "currentColor" }),
      block(key.note, "annotation"),
      // The article's claim, with a line to the border it is about when it sits on the map.
      ...(claimPlaced && inflowAt
        ? [Plot.link([claimPlaced], { x1: inflowAt[0] + 3, y1: inflowAt[1], x2: (d: PlacedLabel) => d.x - 4, y2: "y", className: `annotation-connector ${colorClass("claim")}`, stroke: "currentColor" })]
        : []),
      ...(claimText ? [Plot.text([claimText], { x: "x", y: "y", text: textOf, textAnchor: "start", lineHeight: LINE_PX / 12, className: `map-claim ${colorClass("claim")}`, fill: "currentColor" })] : []),
    ],
  };
}
