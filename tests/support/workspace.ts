import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/** One change a fixture makes to the real data: `find` must occur exactly once in `file`. */
interface Edit {
  file: string;
  find: string;
  replace: string;
}

/**
 * A scratch copy of seeds/ and data/ under tests/.tmp/<name>, with a fixture laid over it, for
 * tests that break one input at a time. A fixture is a folder of whole files (same relative
 * paths: a truncated TopoJSON, a CSV with no rows) and/or an `edits.json` of find-and-replace
 * changes applied to today's data, so that a legitimate correction elsewhere in a file does not
 * break the fixtures that break something else in it.
 */
export function workspace(name: string, overlay?: string): { root: string; seedsDir: string; dataDir: string } {
  const root = join(ROOT, "tests", ".tmp", name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(ROOT, "seeds"), join(root, "seeds"), { recursive: true });
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  if (overlay) {
    cpSync(overlay, root, {
      recursive: true,
      filter: (src) => !src.endsWith("edits.json") && !src.endsWith("README.md"),
    });
    const editsFile = join(overlay, "edits.json");
    if (existsSync(editsFile)) {
      for (const edit of JSON.parse(readFileSync(editsFile, "utf8")) as Edit[]) {
        const path = join(root, edit.file);
        const text = readFileSync(path, "utf8");
        const found = text.split(edit.find).length - 1;
        if (found !== 1)
          throw new Error(
            `${editsFile}: the text to change occurs ${found} times in ${edit.file} (expected once); the data changed: update the fixture`,
          );
        writeFileSync(
          path,
          text.replace(edit.find, () => edit.replace),
        );
      }
    }
  }
  return { root, seedsDir: join(root, "seeds"), dataDir: join(root, "data") };
}
