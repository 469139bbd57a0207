import { z } from "zod";
import { readJson } from "./read-json.ts";
import { DataError, Problems } from "./errors.ts";
import { text } from "./cells.ts";
import { parseJsonInput } from "./json-input.ts";
import { TABLES, type PublicRecord, type RecordRow, type RowOf, type TableName } from "./record.ts";
import { selectOne, selectSome, whereSchema, type ChartLists, type ChartRows, type ChartSets } from "./select.ts";

const chartInputsSchema = z.object({
  /** The latest trace period the press reported from ATF's trafficking assessment ("2022-2023"). */
  latestTracePeriod: text("label").pipe(
    z.string().regex(/^\d{4}-\d{4}$/, 'expected a period like "2022-2023" (first and last year)'),
  ),
  /** chart id -> a name the chart gives the row -> the row, in data/claims.json's form. */
  rows: z.record(text("label"), z.record(text("label"), z.object({ table: text("label"), where: whereSchema }))),
  /** chart id -> a name the chart gives a set of rows -> the rows (one or more), in the same form. */
  sets: z.record(text("label"), z.record(text("label"), z.object({ table: text("label"), where: whereSchema }))),
  /** chart id -> a name -> values in an order of the chart's own, each a `field` cell of a published row of `table`. */
  lists: z.record(
    text("label"),
    z.record(
      text("label"),
      z.object({ table: text("label"), field: text("label"), values: z.array(text("label")).min(1) }),
    ),
  ),
});

/** What data/charts.json tells the charts: the trace period they show, and the rows and row sets each reads. */
export interface ChartInputs {
  latestTracePeriod: string;
  /** The source states of that period with a count: the flow map's circles, the source-state chart's bars. */
  sourceStates: RecordRow<RowOf<"us_source_states">>[];
  rows: ChartRows;
  sets: ChartSets;
  lists: ChartLists;
}

/**
 * Reads data/charts.json and resolves every declared row against the public record with the
 * selector claims use (src/data/select.ts). A row that is missing, ambiguous or withheld is a
 * DataError naming the table's file and the row; so is a row set with no published row, and a
 * list value no published row of its table has. Every problem is reported.
 */
export function loadChartInputs(
  path: string,
  display: string,
  record: PublicRecord,
  contextDir = "data/context",
): ChartInputs {
  const data = parseJsonInput(chartInputsSchema, readJson(path, display), display);
  const problems = new Problems();
  const sourceStates = record.rows.us_source_states.filter(
    (r) => r.row.period === data.latestTracePeriod && r.row.count !== null,
  );
  if (sourceStates.length === 0) {
    problems.add(
      new DataError(
        display,
        "file",
        "latestTracePeriod",
        `"${data.latestTracePeriod}" has no source-state count in ${contextDir}/${TABLES.us_source_states.file}`,
      ),
    );
  }
  // The corridors table gives no period per row: its file is named for the period it covers
  // ("corridors_<from>_<to>.csv"), and the flow map labels its rows with latestTracePeriod, so
  // the two must agree, or a new period would silently relabel the old corridors.
  const corridorsPeriod = /_(\d{4})_(\d{4})\.csv$/.exec(TABLES.corridors.file);
  if (!corridorsPeriod || `${corridorsPeriod[1]}-${corridorsPeriod[2]}` !== data.latestTracePeriod) {
    problems.add(
      new DataError(
        display,
        "file",
        "latestTracePeriod",
        `"${data.latestTracePeriod}" is not the period of ${contextDir}/${TABLES.corridors.file}, whose rows the flow map labels with it`,
      ),
    );
  }
  const rows: ChartRows = {};
  for (const [chart, named] of Object.entries(data.rows)) {
    rows[chart] = {};
    for (const [name, ref] of Object.entries(named)) {
      problems.run(() => {
        if (!(ref.table in TABLES))
          throw new DataError(display, `rows.${chart}`, `${name}.table`, `no context table "${ref.table}"`);
        const table = ref.table as TableName;
        const all = [...record.rows[table], ...record.withheld[table]] as RecordRow<Record<string, unknown>>[];
        rows[chart]![name] = selectOne(
          all,
          ref.where,
          `${contextDir}/${TABLES[table].file}`,
          `${display} (rows.${chart}.${name})`,
        );
      });
    }
  }
  const sets: ChartSets = {};
  for (const [chart, named] of Object.entries(data.sets)) {
    sets[chart] = {};
    for (const [name, ref] of Object.entries(named)) {
      problems.run(() => {
        if (!(ref.table in TABLES))
          throw new DataError(display, `sets.${chart}`, `${name}.table`, `no context table "${ref.table}"`);
        const table = ref.table as TableName;
        const published = record.rows[table] as RecordRow<Record<string, unknown>>[];
        const withheld = record.withheld[table] as RecordRow<Record<string, unknown>>[];
        sets[chart]![name] = selectSome(
          published,
          withheld,
          ref.where,
          `${contextDir}/${TABLES[table].file}`,
          `${display} (sets.${chart}.${name})`,
        );
      });
    }
  }
  const lists: ChartLists = {};
  for (const [chart, named] of Object.entries(data.lists)) {
    lists[chart] = {};
    for (const [name, list] of Object.entries(named)) {
      problems.run(() => {
        if (!(list.table in TABLES))
          throw new DataError(display, `lists.${chart}`, `${name}.table`, `no context table "${list.table}"`);
        const table = list.table as TableName;
        const file = `${contextDir}/${TABLES[table].file}`;
        const published = record.rows[table] as RecordRow<Record<string, unknown>>[];
        if (!published.some((r) => list.field in r.raw))
          throw new DataError(display, `lists.${chart}`, `${name}.field`, `${file} has no column "${list.field}"`);
        const cells = new Set(published.map((r) => r.raw[list.field]));
        list.values.forEach((v, i) => {
          if (!cells.has(v))
            problems.add(
              new DataError(
                display,
                `lists.${chart}`,
                `${name}.values[${i}]`,
                `"${v}" is in no published row of ${file} (field "${list.field}")`,
              ),
            );
        });
        lists[chart]![name] = list.values;
      });
    }
  }
  problems.done();
  return { latestTracePeriod: data.latestTracePeriod, sourceStates, rows, sets, lists };
}
