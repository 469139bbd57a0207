import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/**
 * A scratch copy of seeds/ and data/ under tests/.tmp/<name>, with a fixture folder laid
 * over it (same relative paths), for tests that break one input at a time.
 */
export function workspace(name: string, overlay?: string): { root: string; seedsDir: string; dataDir: string } {
  const root = join(ROOT, "tests", ".tmp", name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(ROOT, "seeds"), join(root, "seeds"), { recursive: true });
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  if (overlay) cpSync(overlay, root, { recursive: true });
  return { root, seedsDir: join(root, "seeds"), dataDir: join(root, "data") };
}
