/** Full builds (`node scripts/build.mjs`: data check + astro build), timed by wall clock. */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

export interface BuildOptions {
  /** STORY_OUT_DIR: the build writes <outDir>.partial and renames it to <outDir>. */
  outDir: string;
}

/** Runs one full build; resolves to its wall-clock seconds, rejects with the build's last lines. */
export function timedBuild({ outDir }: BuildOptions): Promise<number> {
  // A deploy build, as published (the address only changes the links, not the work).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STORY_SITE: process.env["STORY_SITE"] || "https://graphics.example.org",
    STORY_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["scripts/build.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code === 0) resolve(seconds);
      else
        reject(
          new Error(`build into ${outDir} failed (exit ${code}):\n${output.trim().split("\n").slice(-15).join("\n")}`),
        );
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
