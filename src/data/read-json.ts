import { readFileSync } from "node:fs";
import { DataError } from "./errors.ts";

/** Reads a JSON input file; unreadable or malformed JSON is a DataError naming the file. */
export function readJson(path: string, display: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new DataError(display, "file", "-", `is not readable JSON (${(e as Error).message})`);
  }
}
