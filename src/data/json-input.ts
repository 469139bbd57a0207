import type { z } from "zod";
import { DataError, DataErrors } from "./errors.ts";
import { textProblem } from "./cells.ts";

type Path = ReadonlyArray<string | number>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function format(path: Path): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/**
 * Where a value sits in a JSON input, as messages name it: the list entry that holds it (with
 * its id, when it has one) and the field inside it — `claims[2] (id "gun-makers")`, field
 * `record[0].table` — or, outside lists, the object and its key: `charts.timeline.labels`, `gao`.
 */
export function jsonPlace(json: unknown, path: Path): { where: string; field: string } {
  const nodes: unknown[] = [json];
  for (const seg of path)
    nodes.push(
      isObject(nodes.at(-1)) || Array.isArray(nodes.at(-1))
        ? (nodes.at(-1) as Record<string, unknown>)[seg as string]
        : undefined,
    );
  for (let i = path.length - 2; i >= 0; i--) {
    const entry = nodes[i + 1];
    if (typeof path[i] === "number" && isObject(entry)) {
      const id = typeof entry["id"] === "string" ? ` (id "${entry["id"]}")` : "";
      return {
        where: `${format(path.slice(0, i + 1))}${id}`,
        field: format(path.slice(i + 1)).replace(/^\./, "") || "-",
      };
    }
  }
  // The field is the last key with any list index after it: `notes[0]`.
  let k = path.length - 1;
  while (k > 0 && typeof path[k] === "number") k--;
  return { where: format(path.slice(0, k)) || "file", field: format(path.slice(k)) || "-" };
}

/**
 * Parses a JSON input with its schema and reports every problem (each with its place), not the
 * first. Strings and keys the schema does not read (a `$comment`, a key an edition added) are
 * still held to the character rules, so no string of any input escapes them.
 */
export function parseJsonInput<S extends z.ZodTypeAny>(schema: S, json: unknown, display: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  const problems: DataError[] = [];
  const reported = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = format(issue.path);
      if (reported.has(key)) continue;
      reported.add(key);
      const { where, field } = jsonPlace(json, issue.path);
      problems.push(new DataError(display, where, field, issue.message));
    }
  }
  const walk = (v: unknown, path: Array<string | number>) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        const p = textProblem(k, "title");
        if (p && !reported.has(format([...path, k]))) {
          const { where, field } = jsonPlace(json, [...path, k]);
          problems.push(new DataError(display, where, field, `the key ${p}`));
          reported.add(format([...path, k]));
        }
        walk(x, [...path, k]);
      }
    } else if (typeof v === "string" && !reported.has(format(path))) {
      // Characters only: lengths are per kind, and the schema knows the kind.
      const p = textProblem(v, "paragraph", { multiline: path.at(-1) === "$comment" });
      if (p && !p.includes("characters long")) {
        const { where, field } = jsonPlace(json, path);
        problems.push(new DataError(display, where, field, p));
      }
    }
  };
  walk(json, []);
  if (problems.length > 0) throw new DataErrors(problems);
  return parsed.data;
}
