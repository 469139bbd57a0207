import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The project root: tests run from it. */
export const ROOT = process.cwd();
export const SEED_NAME = "anadolu-2023-07-27-mexico-us-arms-trafficking.txt";
export const SEED_PATH = join(ROOT, "seeds", SEED_NAME);
export const seedText = (): string => readFileSync(SEED_PATH, "utf8");
