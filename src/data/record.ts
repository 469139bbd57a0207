import { join } from "node:path";
import type { z } from "zod";
import { DataError, Problems, csvPlace } from "./errors.ts";
import { isPublishable, type Flag } from "./flags.ts";
import { readTable, type AnyTableDef, type Located } from "./table.ts";
import { sourcesTable, type SourceRow } from "./context/sources.ts";
import { shortPublisher } from "./context/source-display.ts";
import { traceAggregatesTable } from "./context/trace-aggregates.ts";
import { sourceStatesTable } from "./context/source-states.ts";
import { corridorsTable } from "./context/corridors.ts";
import { gunStoresTable } from "./context/gun-stores.ts";
import { fflCountsTable } from "./context/ffl-counts.ts";
import { flowEstimatesTable } from "./context/flow-estimates.ts";
import { lawsuitDefendantsTable } from "./context/lawsuit-defendants.ts";
import { timelineTable } from "./context/timeline.ts";
import { portsOfEntryTable } from "./context/ports-of-entry.ts";
import { mxStateCentroidsTable, usStateCentroidsTable } from "./context/state-centroids.ts";

/**
 * Every context table the site reads, keyed by the name claims and charts use for it (the file
 * name without .csv). data/context/ holds two more files of the public record that no chart,
 * claim, page or check uses, so they are not parsed: top_us_source_cities_2015_2022.csv and
 * map_packages.csv (data/README.md).
 */
export const TABLES = {
  mexico_trace_aggregates: traceAggregatesTable,
  us_source_states: sourceStatesTable,
  corridors: corridorsTable,
  gun_stores: gunStoresTable,
  ffl_counts: fflCountsTable,
  flow_estimates: flowEstimatesTable,
  lawsuit_defendants: lawsuitDefendantsTable,
  timeline: timelineTable,
  ports_of_entry: portsOfEntryTable,
  us_state_centroids: usStateCentroidsTable,
  mx_state_centroids: mxStateCentroidsTable,
} as const;

export type TableName = keyof typeof TABLES;
export type RowOf<T extends TableName> = z.infer<(typeof TABLES)[T]["schema"]>;

/** A publishable row with its provenance: where it came from and who to credit. */
export interface RecordRow<T> {
  row: T;
  table: TableName;
  /** 0-based data row in the file (row 1 in messages is index 0). */
  index: number;
  /** The line of the file the row starts on. */
  line: number;
  raw: Record<string, string>;
  flags: readonly Flag[];
  sources: SourceRow[];
  /** For V2 rows, the news reports that carry the value: "Telediario / Milenio". */
  reportedBy: string[];
}

/**
 * The public record: every context table parsed, checked and split. `rows` holds only what
 * may be published; R rows stay in `withheld`, which is for the data layer's own checks and
 * never reaches a chart, a page or a download.
 */
export interface PublicRecord {
  sources: Map<string, SourceRow>;
  rows: { [T in TableName]: RecordRow<RowOf<T>>[] };
  withheld: { [T in TableName]: RecordRow<RowOf<T>>[] };
  /** Each table's file as messages name it ("data/context/ffl_counts.csv"). */
  files: { [T in TableName]: string };
}

export function loadRecord(contextDir: string, displayDir = "data/context"): PublicRecord {
  // Every table is read and checked even when another has problems: all of them are reported at once.
  const problems = new Problems();
  const sourceRows = problems.run(() =>
    readTable(sourcesTable, join(contextDir, sourcesTable.file), `${displayDir}/${sourcesTable.file}`),
  );
  const sources = new Map<string, SourceRow>((sourceRows ?? []).map(({ row }) => [row.source_id, row]));

  const rows = {} as PublicRecord["rows"];
  const withheld = {} as PublicRecord["withheld"];
  const files = {} as PublicRecord["files"];
  for (const [name, def] of Object.entries(TABLES) as Array<[TableName, AnyTableDef]>) {
    const display = `${displayDir}/${def.file}`;
    files[name] = display;
    const located = problems.run(() => readTable(def, join(contextDir, def.file), display)) ?? [];
    // Source ids can be checked only against a sources.csv that was read.
    const checked = located.flatMap(
      (loc) => problems.run(() => checkRow(name, def, loc, sources, display, sourceRows !== undefined)) ?? [],
    );
    // A table whose every row is withheld leaves its chart with nothing to draw: say so here.
    if (checked.length > 0 && checked.length === located.length && checked.every((r) => !isPublishable(r.flags))) {
      problems.add(
        new DataError(
          display,
          csvPlace(0, located[0]!.line),
          "flag",
          `every row is flagged R (recalled, never published): the site has nothing to show from this table`,
        ),
      );
    }
    (rows as Record<string, unknown[]>)[name] = checked.filter((r) => isPublishable(r.flags));
    (withheld as Record<string, unknown[]>)[name] = checked.filter((r) => !isPublishable(r.flags));
  }
  problems.done();
  return { sources, rows, withheld, files };
}

function checkRow<R>(
  table: TableName,
  def: AnyTableDef,
  { row, index, line, raw }: Located<R>,
  sources: Map<string, SourceRow>,
  display: string,
  checkSources = true,
): RecordRow<R> {
  const flags = def.flags(row as never);
  const ids = def.sourceIds(row as never);
  const sourceFields = Object.keys(raw).filter((k) => k.includes("source"));
  const sourceField = sourceFields[0] ?? "source_id";
  if (ids.length === 0 && isPublishable(flags)) {
    throw new DataError(display, csvPlace(index, line), sourceField, `a ${flags.join("/")} value needs a source id`);
  }
  const unknown = checkSources ? ids.find((id) => !sources.has(id)) : undefined;
  if (unknown) {
    const field = sourceFields.find((k) => raw[k]!.includes(unknown)) ?? sourceField;
    throw new DataError(display, csvPlace(index, line), field, `unknown source id "${unknown}" (not in sources.csv)`);
  }
  const rowSources = ids.flatMap((id) => sources.get(id) ?? []);
  return {
    row,
    table,
    index,
    line,
    raw,
    flags,
    sources: rowSources,
    reportedBy: flags.includes("V2") ? [...new Set(rowSources.map(shortPublisher))] : [],
  };
}
