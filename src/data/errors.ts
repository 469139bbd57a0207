/**
 * The one error the data layer throws for bad input. Its message always names the file, the
 * place in it (row and line, or a JSON index) and the field, so an editor can fix the input
 * without reading a stack trace.
 */
export class DataError extends Error {
  readonly file: string;
  readonly where: string;
  readonly field: string;
  readonly problem: string;

  constructor(file: string, where: string, field: string, problem: string) {
    super(`${file}, ${where}, field "${field}": ${problem}`);
    this.name = "DataError";
    this.file = file;
    this.where = where;
    this.field = field;
    this.problem = problem;
  }
}

/**
 * Every problem one check found, not only the first: an editor fixes them all in one round.
 * It is a DataError itself (file, place and field of the first problem), so code that catches
 * one problem handles many alike; `problems` lists each, and the message has one line each.
 */
export class DataErrors extends DataError {
  readonly problems: readonly DataError[];

  constructor(problems: readonly DataError[]) {
    const first = problems[0]!;
    super(first.file, first.where, first.field, first.problem);
    this.name = "DataErrors";
    this.problems = problems;
    this.message = problems.map((p) => p.message).join("\n");
  }
}

/** The problems of one DataError or DataErrors, as a flat list. */
export function problemsOf(error: DataError): readonly DataError[] {
  return error instanceof DataErrors ? error.problems : [error];
}

/**
 * Collects problems across checks that do not depend on each other. `run` returns the check's
 * result, or undefined when it found problems (checks that need that result are then skipped);
 * `done` throws everything collected, or nothing.
 */
export class Problems {
  readonly list: DataError[] = [];

  add(error: DataError): void {
    this.list.push(...problemsOf(error));
  }

  run<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (e) {
      if (e instanceof DataError) {
        this.add(e);
        return undefined;
      }
      throw e;
    }
  }

  done(): void {
    if (this.list.length > 0) throw new DataErrors(this.list);
  }
}

/** "row 3 (line 4)": data rows count from 1 after the header, lines count from 1 in the file. */
export function csvPlace(rowIndex: number, line = rowIndex + 2): string {
  return `row ${rowIndex + 1} (line ${line})`;
}
