import type { PlotOptions } from "@observablehq/plot";
import type { Story } from "../data/story.ts";
import type { Locale } from "../data/format.ts";
import type { ChartText } from "../i18n/text.ts";
import type { TextValue } from "../i18n/fill.ts";
import type { DeclaredRows } from "../data/select.ts";

/** Marks a reader can focus and hover: their elements get an accessible name and a tab stop. */
export const DATA_MARK = "data-mark";

/** The provenance every download row carries: every value with its source. */
export interface Provenance {
  /** One or more source ids from data/context/sources.csv, joined by ";". */
  source_id: string;
  /** The publishers, as a reader knows them. */
  source: string;
  /** The honesty flag(s): V, V2, C or X (never R). */
  flag: string;
}

export type DownloadRow = Provenance & Record<string, string | number | null>;

/** A note drawn on the chart, positioned in data coordinates (never text baked into SVG by hand). */
export interface Annotation {
  /** Key of the text in data/text/<lang>.json (charts.<id>.annotations). */
  key: string;
  /** The filled text. */
  text: string;
  x: number | string | Date;
  y: number | string | Date;
  /** Offset of the text from the anchor point, in px. */
  dx?: number;
  dy?: number;
  textAnchor?: "start" | "middle" | "end";
  /** Wrap width in ems. */
  lineWidth?: number;
  /** Draw a thin line from the anchor point to the text. */
  connector?: boolean;
  /** Only drawn on artboards at least this wide: fewer labels on a phone, not smaller ones. */
  minWidth?: number;
  /** "top": set in the chart's top margin above x, whatever y says (for notes on a reference line). */
  frameAnchor?: "top";
}

/** A chart's text, in one language, with its values already bound. */
export interface TextTools {
  text: ChartText;
  locale: Locale;
  /** Fills a template with this chart's values (and, for one row or mark, extra ones). */
  t(template: string, extra?: Record<string, TextValue>): string;
  /** labels.<key>, filled. */
  label(key: string, extra?: Record<string, TextValue>): string;
  /** annotations.<key>, filled. */
  note(key: string, extra?: Record<string, TextValue>): string;
  number(value: number, digits?: number): string;
  percent(value: number, digits?: number): string;
  date(iso: string): string;
}

/** What options() is given for one artboard; `inputs` is what the spec's inputs(story) declared. */
export interface RenderContext<I = unknown> extends TextTools {
  width: number;
  annotations: Annotation[];
  inputs: I;
}

export interface ColumnSpec {
  key: string;
  /** year: a number written without grouping (2023, not 2,023). */
  type: "string" | "number" | "year" | "date";
  /** false: in the downloads only (codes, coordinates); the reader's "Show the data" table leaves it out. */
  table?: boolean;
}

/**
 * One chart, as one module: everything the story, the embed page, the downloads, the gallery
 * and the tests need, derived from typed data by pure functions.
 */
export interface ChartSpec<R extends DownloadRow = DownloadRow, I = unknown> {
  /** kebab-case; equals the file name and the URL slug. */
  id: string;
  /** The article figure whose paragraph this chart follows on the story page. */
  placeAfterFigure: string;
  /**
   * The record rows the chart reads by name, each with its table (data/claims.json's form: which
   * row each name is, table and cells, is data/charts.json's). rows() gets them from
   * data/select.ts's declaredRows; a missing row fails the build naming the table and the row.
   */
  records?: DeclaredRows;
  /**
   * The same for names that stand for several rows (data/charts.json's `sets`); rows() gets them
   * from data/select.ts's declaredSets. A set with no published row fails the build the same way.
   */
  recordSets?: DeclaredRows;
  /** The rows the chart draws; also exactly what the CSV and JSON downloads contain. */
  rows(story: Story): R[];
  /** Download column order (labels and descriptions live in the text data). */
  columns: ColumnSpec[];
  /** Named values the chart's text templates use (title, dek, alt, notes, annotations). */
  values(rows: R[], story: Story): Record<string, TextValue>;
  /** Annotations as typed rows, with text from the text data. */
  annotations(rows: R[], story: Story, tools: TextTools): Annotation[];
  /**
   * How the reader's table writes one cell, where it differs from the download's value (a short
   * translated event name for the record's own wording); undefined: the usual cell.
   */
  tableCell?(row: R, key: string, tools: TextTools): string | undefined;
  /**
   * What the drawing needs from the story beyond its rows (the flow map's geometry), declared
   * here and handed to options() as context.inputs; a chart reads nothing from disk itself.
   */
  inputs?(story: Story): I;
  /** Plot options for one artboard width; pure: no DOM, no fetch, no globals. */
  options(rows: R[], context: RenderContext<I>): PlotOptions;
}
