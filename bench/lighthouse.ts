/**
 * Lighthouse 12 (its CLI, in a child process, so a crash or a hang cannot take the bench down),
 * mobile preset (the default form factor, simulated throttling), Debian's chromium.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, OFFLINE_FLAGS } from "../scripts/chromium.mjs";

export const CHROME_FLAGS = ["--headless=new", ...OFFLINE_FLAGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** 0-100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  /** Audits that cost points: "category: audit id (score)". */
  failing: string[];
  /** Lighthouse's own warnings (for example, about the environment). */
  warnings: string[];
  report: string;
}

export interface LighthouseFailure {
  url: string;
  error: string;
}

interface Lhr {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string }>;
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutMs / 1000} s)`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${e.message}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export async function runLighthouse(
  url: string,
  reportPath: string,
  timeoutMs = 180_000,
): Promise<LighthouseResult | LighthouseFailure> {
  const cli = join("node_modules", "lighthouse", "cli", "index.js");
  if (!existsSync(cli))
    return { url, error: `${cli} not found: run npm install (lighthouse@12.2.3 is a devDependency)` };
  rmSync(reportPath, { force: true });
  const env = { ...process.env, CHROME_PATH: CHROMIUM };
  const { code, output } = await run(
    [
      cli,
      url,
      "--output=json",
      `--output-path=${reportPath}`,
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    env,
    timeoutMs,
  );
  if (code !== 0 || !existsSync(reportPath))
    return { url, error: `lighthouse exited with ${code}: ${output.trim().split("\n").slice(-8).join("\n")}` };
  let lhr: Lhr;
  try {
    lhr = JSON.parse(readFileSync(reportPath, "utf8")) as Lhr;
  } catch (e) {
    return { url, error: `unreadable report ${reportPath}: ${(e as Error).message}` };
  }
  if (lhr.runtimeError) return { url, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1)
        failing.push(`${c}: ${ref.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ""})`);
    }
  }
  return {
    url,
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    failing,
    warnings: lhr.runWarnings ?? [],
    report: reportPath,
  };
}
