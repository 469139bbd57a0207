import * as Plot from "@observablehq/plot";
import type { RenderContext } from "../types.ts";
import type { FlowMapRow } from "./rows.ts";
import { colorClass } from "../kit/palette.ts";
import { layoutFlows, layoutLegend, maxRadius, PAD, type Flow } from "./layout.ts";
import { DATA_MARK } from "../types.ts";
import { flowMapProjection, mapHeight } from "../../map/projection.ts";
import type { MapLayers } from "../../map/geometry.ts";
import { pathData, type Box } from "../../map/path.ts";
import { HEAD_LENGTH, HEAD_WIDTH, type Point } from "../../map/arrows.ts";
import { ticks } from "d3";
import {
  around,
  leaderEnds,
  LINE_PX,
  placeLabels,
  textBox,
  sidesToward,
  type Candidate,
  type LabelRequest,
  type Obstacle,
  type Rect,
  type Side,
} from "../kit/labels.ts";
import { isPhoneArtboard, isTwoColumnArtboard } from "../kit/artboards.ts";
import { arrowPaths, element, group, labelMarks, textOf } from "../kit/marks.ts";

/** Every side of a circle or an arrow's end, near first, then farther out: a label is never left out for want of room. */
const ALL_SIDES: Side[] = ["right", "aboveRight", "above", "belowRight", "left", "aboveLeft", "below", "belowLeft"];
const RINGS = [3];
/** Farther out, with a leader line to what the label names: used only when the rings above are full. */
const LEADER_RINGS = [9, 16, 26, 38, 52, 70];
/** Candidates around a point: near rings first, then far ones that carry a leader line. */
const ringsAround = (x: number, y: number, r: number, sides: Side[], lines: number): Candidate[] => [
  ...RINGS.flatMap((gap) => around(x, y, r, sides, gap, lines)),
  ...LEADER_RINGS.flatMap((gap) => around(x, y, r, sides, gap, lines).map((c) => ({ ...c, leader: { x, y, r } }))),
];
/** A grid of places, in degrees, for a country's name when its preferred places are taken. */
const grid = (lons: [number, number, number], lats: [number, number, number]) => {
  const out: Array<[number, number]> = [];
  for (let lat = lats[0]; lat <= lats[1]; lat += lats[2])
    for (let lon = lons[0]; lon <= lons[1]; lon += lons[2]) out.push([lon, lat]);
  return out;
};
/**
 * Px of map above the frame's north edge (src/map/projection.ts), for the labels of the
 * northernmost states and the country's name: more on a phone, where the US states crowd.
 */
const topRoom = (width: number) => (isPhoneArtboard(width) ? 34 : 18);

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
 * What the map labels, in tiers placed in turn: source states, the routes' ends (ahead of each
 * arrow first), the two countries, then crossings while room is left.
 */
function labelRequests(
  circles: Circle[],
  flows: Flow[],
  crossings: FlowMapRow[],
  xy: Xy,
  ctx: RenderContext<FlowMapInputs>,
): LabelRequest[] {
  const W = ctx.width;
  // With room for two columns a route's count is written at its arrow's end; narrower, the legend lists each route.
  const routeCounts = isTwoColumnArtboard(W);
  return [
    ...circles.map((c) => {
      // On a phone, name over count: a narrower label finds room between crowded circles.
      const lines = isPhoneArtboard(W)
        ? [ctx.label("destinationName", { state: c.row.origin }), ctx.number(c.row.count!)]
        : [ctx.label("state", { state: c.row.origin, count: c.row.count! })];
      return {
        key: `state:${c.row.origin}`,
        lines,
        weight: "bold" as const,
        mayCross: true,
        required: true,
        tier: 0,
        candidates: ringsAround(c.at[0], c.at[1], c.r, ALL_SIDES, lines.length),
      };
    }),
    ...flows.map((f) => {
      const [tip, left, right] = f.arrow.headPoints;
      const heading =
        (Math.atan2(tip[1] - (left[1] + right[1]) / 2, tip[0] - (left[0] + right[0]) / 2) * 180) / Math.PI;
      const to = f.row.destination!;
      // A route's count is the route's, not the state's: "Chihuahua / 823 from Texas". On a phone the legend lists each route with its count.
      const lines = routeCounts
        ? [
            ctx.label("destinationName", { state: to }),
            ctx.label("routeFrom", { from: f.row.origin, count: f.row.count! }),
          ]
        : [ctx.label("destinationName", { state: to })];
      // A place nearer another arrow's tip than its own would name the wrong route: left out.
      const tips = flows.filter((g) => g !== f).map((g) => g.arrow.headPoints[0]);
      const gapTo = (box: Rect, [x, y]: Point) =>
        Math.hypot(Math.max(box.x0 - x, 0, x - box.x1), Math.max(box.y0 - y, 0, y - box.y1));
      const candidates = ringsAround(
        tip[0],
        tip[1],
        (HEAD_WIDTH * f.arrow.width) / 2 + 1,
        sidesToward(heading),
        lines.length,
      ).filter((c) => {
        const box = textBox(c.x, c.y, lines, c.textAnchor, "bold");
        return c.leader !== undefined || tips.every((t) => gapTo(box, t) > gapTo(box, tip));
      });
      return { key: `to:${to}`, lines, weight: "bold" as const, mayCross: true, required: true, tier: 1, candidates };
    }),
    // Country names at every width, in open land away from the flows.
    {
      key: "country:us",
      // On a phone the edition's short form ("EE. UU."), on two lines if it must ("UNITED / STATES").
      lines: isPhoneArtboard(W) ? ctx.label("usShort").split(" ") : [ctx.label("us")],
      weight: "caps" as const,
      required: true,
      tier: 3,
      candidates: [
        xy(-104.5, 36.8),
        xy(-97.5, 36.2),
        xy(-101, 37.5),
        xy(-95.5, 34),
        xy(-99, 38.8),
        xy(-95, 38.8),
        xy(-92.5, 35),
        ...grid([-114, -88, 1.25], [33, 41.5, 0.5]).map(([lon, lat]) => xy(lon, lat)),
      ].map(([x, y]): Candidate => ({ x, y, textAnchor: "middle" })),
    },
    {
      key: "country:mx",
      lines: [ctx.label("mx")],
      weight: "caps" as const,
      required: true,
      tier: 4,
      candidates: [
        xy(-104.6, 24.2),
        xy(-103.2, 22.6),
        xy(-106.5, 27),
        xy(-101.5, 20.5),
        xy(-94, 17.6),
        xy(-90, 19.6),
        xy(-97.5, 17),
        ...grid([-106, -96, 2], [18, 26, 1]).map(([lon, lat]) => xy(lon, lat)),
      ].map(([x, y]): Candidate => ({ x, y, textAnchor: "middle" })),
    },
    ...ctx.inputs.labelledCrossings.flatMap((port, i) => {
      const c = crossings.find((r) => r.origin === port);
      if (!c) return [];
      const [x, y] = xy(c.origin_lon, c.origin_lat);
      const mx = c.destination?.replace(/\s*\(.*\)$/, "");
      // X rows: the Mexican side is disputed, so only the US side is named, as only it is drawn.
      const usOnly = c.flag.split("/").includes("X") || !mx || mx === c.origin;
      const text = usOnly
        ? ctx.label("crossingUsOnly", { us: c.origin })
        : ctx.label("crossing", { us: c.origin, mx: mx! });
      return [
        {
          key: `crossing:${port}`,
          lines: [text],
          tier: 5 + i,
          candidates: around(x, y, 3, ["aboveRight", "aboveLeft", "above", "belowLeft", "belowRight", "left", "right"]),
        },
      ];
    }),
  ];
}

/** Plot options for the flow map at one artboard width: identity scales, everything projected here. */
/**
 * What the map is drawn from besides its rows: the geometry, and the crossings it labels, most
 * important first (data/charts.json, lists.flow-map.labelledCrossings).
 */
export interface FlowMapInputs extends MapLayers {
  labelledCrossings: readonly string[];
}

export function flowMapOptions(rows: FlowMapRow[], ctx: RenderContext<FlowMapInputs>): Plot.PlotOptions {
  const W = ctx.width;
  // A strip of land above the frame's north edge: room for the labels of states near it (California).
  const projection = flowMapProjection(W);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty + topRoom(W)]);
  const mapH = mapHeight(W) + topRoom(W);
  const frame: Box = [
    [0, 0],
    [W, mapH],
  ];
  const xy: Xy = (lon, lat) => projection([lon, lat]) as Point;
  const layers = ctx.inputs;
  const states = rows.filter((r) => r.kind === "source-state");
  const crossings = rows.filter((r) => r.kind === "crossing");
  const maxState = Math.max(...states.map((s) => s.count!));
  const circles: Circle[] = states.map((row) => ({
    row,
    at: xy(row.origin_lon, row.origin_lat),
    r: Math.sqrt(row.count! / maxState) * maxRadius(W),
  }));
  const flows = layoutFlows(
    rows.filter((r) => r.kind === "corridor"),
    xy,
    (state) => circles.find((c) => c.row.origin === state)?.r ?? 0,
    W,
  );
  const noteOf = (key: string) => ctx.annotations.find((a) => a.key === key)?.text ?? null;
  // Circle sizes for the legend: two round counts under the largest state's, sized as on the map.
  const sizes = ticks(0, maxState, 3).filter((v) => v > 0);
  const circleSizes = [sizes[0]!, sizes.at(-1)!]
    .filter((v, i, all) => all.indexOf(v) === i)
    .map((count) => ({ count, r: Math.sqrt(count / maxState) * maxRadius(W) }));
  const legend = layoutLegend(
    flows,
    circleSizes,
    {
      title: ctx.label("keyTitle"),
      circles: ctx.label("keyCircles"),
      flows: ctx.label("keyFlows"),
      crossing: ctx.label("keyCrossing"),
      claim: noteOf("inflow"),
      traced: noteOf("traced"),
    },
    ctx,
    mapH + 12,
  );

  // Circles and arrowheads are never covered; a label may cross a flow's line (with a halo) if it
  // must. The samples under a head would keep a label off its own tip: the head stands for them.
  const obstacles: Obstacle[] = [
    ...circles.map((c) => ({ cx: c.at[0], cy: c.at[1], r: c.r })),
    ...flows.map((f) => boxOf(f.arrow.headPoints)),
  ];
  const flowLines = flows.flatMap((f) => {
    const tip = f.arrow.samples.at(-1)!;
    return f.arrow.samples
      .filter((p) => Math.hypot(p[0] - tip[0], p[1] - tip[1]) > HEAD_LENGTH * f.arrow.width)
      .map((p) => rectAround(p, f.arrow.width / 2 + 1));
  });
  const placed = placeLabels(
    labelRequests(circles, flows, crossings, xy, ctx),
    obstacles,
    { x0: PAD, y0: PAD, x1: W - PAD, y1: mapH - PAD },
    flowLines,
  );
  const labels = (prefix: string) => placed.filter((p) => p.key.startsWith(prefix));
  const height = Math.ceil(legend.bottom + PAD);
  const legendRows = (kind: string) => legend.rows.filter((r) => r.kind === kind);
  const legendTexts = [...legend.blocks, ...legend.rows.map((r) => r.text)];

  return {
    width: W,
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Base map: land, the source states tinted, state lines, then the border on top.
      // Mexico darker than the United States and its neighbours: a US state without data never reads as Mexico.
      group({ class: `map-land ${colorClass("other")}` }, (doc) => [
        element(doc, "path", {
          d: [layers.neighbours, layers.unitedStates].map((g) => pathData(g, projection, frame)).join(""),
          fill: "currentColor",
          "fill-opacity": 0.08,
        }),
        element(doc, "path", {
          class: "map-mexico",
          d: pathData(layers.mexico, projection, frame),
          fill: "currentColor",
          "fill-opacity": 0.28,
        }),
      ]),
      group({ class: `map-source-states ${colorClass("record")}` }, (doc) =>
        circles.map((c) =>
          element(doc, "path", {
            d: pathData(layers.states.get(c.row.origin)!, projection, frame),
            fill: "currentColor",
            "fill-opacity": 0.1,
          }),
        ),
      ),
      group({ class: `map-state-lines ${colorClass("other")}` }, (doc) => [
        element(doc, "path", {
          d: pathData(layers.usStateLines, projection, frame) + pathData(layers.mexicoStateLines, projection, frame),
          fill: "none",
          stroke: "currentColor",
          "stroke-width": 0.6,
          "stroke-opacity": 0.7,
        }),
      ]),
      group({ class: "map-border" }, (doc) => [
        element(doc, "path", {
          d: pathData(layers.border, projection, frame),
          fill: "none",
          stroke: "currentColor",
          "stroke-width": 1.5,
        }),
      ]),
      Plot.dot(
        crossings.map((c) => xy(c.origin_lon, c.origin_lat)),
        {
          x: (d: Point) => d[0],
          y: (d: Point) => d[1],
          r: 2.5,
          fill: "currentColor",
          stroke: "none",
          className: "map-crossing",
        },
      ),
      // Flows and circles: focusable and named, tagged with their origin for the highlight script.
      group({ class: `${DATA_MARK} ${colorClass("record")}` }, (doc) =>
        flows.map((f) => {
          const g = element(doc, "g", {
            class: "flow",
            "data-origin": f.row.origin,
            "aria-label": ctx.label("flowName", { from: f.row.origin, to: f.row.destination!, count: f.row.count! }),
          });
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
            "aria-label": ctx.label("stateName", {
              state: c.row.origin,
              count: c.row.count!,
              period: c.row.period ?? "",
            }),
          }),
        ),
      ),
      // Leader lines from a circle or an arrow's tip to a label set farther off: from the mark's edge to 3 px short of the text.
      group({ class: "annotation-connector" }, (doc) =>
        placed
          .filter((p) => p.leader)
          .map((p) => {
            const [[x1, y1], [x2, y2]] = leaderEnds(p.leader!, p.box);
            return element(doc, "line", { x1, y1, x2, y2, stroke: "currentColor", "stroke-width": 1 });
          }),
      ),
      ...labelMarks(labels("country:"), "map-country"),
      ...labelMarks(labels("crossing:"), "map-crossing-label"),
      ...labelMarks(labels("state:"), "map-state-label"),
      ...labelMarks(labels("to:"), "map-destination-label"),
      // The legend: circle sizes, arrow widths, the crossings' dots, the border and its claim, what the counts leave out.
      group({ class: `map-key ${colorClass("record")}` }, (doc) => [
        ...legendRows("circle").map((r) =>
          element(doc, "circle", {
            cx: r.x,
            cy: r.y,
            r: r.r!,
            fill: "currentColor",
            "fill-opacity": 0.3,
            stroke: "currentColor",
            "stroke-width": 1.5,
          }),
        ),
        ...legendRows("flow").flatMap((r) => arrowPaths(doc, r.arrow!)),
      ]),
      Plot.dot(legendRows("crossing"), {
        x: "x",
        y: "y",
        r: 2.5,
        fill: "currentColor",
        stroke: "none",
        className: "map-key-crossing",
      }),
      group({ class: "map-border" }, (doc) =>
        legendRows("border").map((r) =>
          element(doc, "path", {
            d: `M${r.x - 20},${r.y}h40`,
            fill: "none",
            stroke: "currentColor",
            "stroke-width": 1.5,
          }),
        ),
      ),
      ...[...new Set(legendTexts.map((t) => t.className))].map((className) =>
        Plot.text(
          legendTexts.filter((t) => t.className === className),
          {
            x: "x",
            y: "y",
            text: textOf,
            textAnchor: "start",
            lineAnchor: "top",
            lineHeight: LINE_PX / 12,
            className,
            fill: "currentColor",
          },
        ),
      ),
    ],
  };
}
