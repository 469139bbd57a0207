/**
 * The one error the data layer throws for bad input. Its message always names the file, the
 * place in it (row and line, or a JSON index) and the field, so an editor can fix the input
 * without reading a stack trace.
 */
export class DataError extends Error {
  readonly file: string;
  readonly where: string;
  readonly field: string;

  constructor(file: string, where: string, field: string, problem: string) {
    super(`${file}, ${where}, field "${field}": ${problem}`);
    this.name = "DataError";
    this.file = file;
    this.where = where;
    this.field = field;
  }
}

/** "row 3 (line 4)": data rows count from 1 after the header, lines count from 1 in the file. */
export function csvPlace(rowIndex: number): string {
  return `row ${rowIndex + 1} (line ${rowIndex + 2})`;
}
