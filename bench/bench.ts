/**
 * `npm run bench`: measured figures against budgets (a benchmark, not a test: it exits 0 even
 * when a figure is over budget). See bench/README.md for what each figure means.
 *
 *   npm run bench                          build bench/.out/site, then measure everything
 *   npm run bench -- --no-build            reuse bench/.out/site if it exists
 *   npm run bench -- --skip=lighthouse,scaling   leave stages out (weight, lighthouse, build-time, scaling)
 */
import { cpus, loadavg } from "node:os";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveStatic } from "../tests/support/static-server.ts";
import { gzipSize, measurePage, type PageWeight, type Weight } from "./weight.ts";
import { runLighthouse, type LighthouseFailure, type LighthouseResult } from "./lighthouse.ts";
import { median, timedBuild } from "./build.ts";
import { KiB, bytes, infoRow, maxRow, minRow, rowsTable, seconds, table, type Row } from "./report.ts";

const ROOT = process.cwd();
const OUT = join("bench", ".out");
const SITE = join(OUT, "site");
const RESULTS = join("bench", "results.json");
const STAGES = ["weight", "lighthouse", "build-time", "scaling"] as const;
type Stage = (typeof STAGES)[number];

const BUDGET = {
  storyJs: 10 * KiB,
  storyTotal: 70 * KiB, // the deploy issue: under 70 KiB gzip (46.8 KiB when there were four artboards)
  embedTotal: 40 * KiB,
  embedJs: 5 * KiB,
  flowMapTotal: 80 * KiB,
  loader: 1024,
};
const BUILD_RUNS = 3;
const SCALE_N = [10, 50, 100] as const;
const LIGHTHOUSE_PAGES = [
  { name: "story", path: "/", noindex: false },
  { name: "embed/origin-share", path: "/embed/origin-share/", noindex: true },
];

// ---------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const noBuild = args.includes("--no-build");
const skip = new Set(
  args
    .filter((a) => a.startsWith("--skip="))
    .flatMap((a) => a.slice("--skip=".length).split(","))
    .map((s) => s.trim()),
);
for (const s of skip)
  if (!(STAGES as readonly string[]).includes(s))
    console.warn(`[bench] unknown stage in --skip: ${s} (stages: ${STAGES.join(", ")})`);
const runs = (s: Stage) => !skip.has(s);

const t0 = performance.now();
const log = (msg: string) => {
  const s = Math.round((performance.now() - t0) / 1000);
  console.log(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}] ${msg}`);
};
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

const rows: Row[] = [];
const errors: string[] = [];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  args,
  loadAverageAtStart: loadavg()[0],
};

/** Chart ids from the registry; the built site's embed folders if the registry cannot load. */
async function chartIds(): Promise<string[]> {
  try {
    const { CHARTS } = await import("../src/charts/registry.ts");
    return CHARTS.map((c) => c.id);
  } catch (e) {
    const embed = join(SITE, "embed");
    const ids = existsSync(embed) ? readdirSync(embed).sort() : [];
    errors.push(
      `could not import src/charts/registry.ts (${errorText(e)}); using the built embed folders: ${ids.join(", ")}`,
    );
    log(errors.at(-1)!);
    return ids;
  }
}

log(
  `${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}: other work on the machine slows builds and lowers Lighthouse performance`,
);

// 1. The site -------------------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
if (noBuild && existsSync(join(SITE, "index.html"))) {
  log(`--no-build: reusing ${SITE}/`);
} else {
  if (noBuild) log(`--no-build given but ${SITE}/ does not exist: building it`);
  log(`building the site into ${SITE}/ ...`);
  try {
    const s = await timedBuild({ outDir: SITE });
    log(`built in ${seconds(s)}`);
  } catch (e) {
    console.error(errorText(e));
    console.error(`[bench] the site did not build: nothing to measure.`);
    process.exit(1);
  }
}

const ids = await chartIds();
log(`charts in the registry: ${ids.join(", ")}`);
results["charts"] = ids;

// 2. Page weight ----------------------------------------------------------------------------------
const weightRow = (page: string, w: Weight) => [
  page,
  w.html.toLocaleString("en-US"),
  w.css.toLocaleString("en-US"),
  w.js.toLocaleString("en-US"),
  w.images.toLocaleString("en-US"),
  w.other.toLocaleString("en-US"),
  w.total.toLocaleString("en-US"),
  String(w.requests),
];
const weightLines: string[][] = [];
const add = (a: Weight, b: Weight): Weight => ({
  html: a.html + b.html,
  css: a.css + b.css,
  js: a.js + b.js,
  images: a.images + b.images,
  other: a.other + b.other,
  total: a.total + b.total,
  totalNoRaster: a.totalNoRaster + b.totalNoRaster,
  requests: a.requests + b.requests,
  resources: [...a.resources, ...b.resources],
});

// Served gzipped, as any production static host serves HTML, CSS and JS.
const site = runs("weight") || runs("lighthouse") ? await serveStatic(resolve(ROOT, SITE), 0, { gzip: true }) : null;

if (runs("weight") && site) {
  log(`page weight: chromium on ${site.url} (gzip -9 of every response body)`);
  const browser = await launchBrowser().catch((e: unknown) => {
    errors.push(`chromium did not start: ${errorText(e)}`);
    log(errors.at(-1)!);
    return null;
  });
  if (browser) {
    const pages: PageWeight[] = [];
    const measure = async (path: string) => {
      log(`  loading ${path}`);
      try {
        const w = await measurePage(browser, site.url, path);
        for (const p of w.problems) log(`    ! ${p}`);
        pages.push(w);
        return w;
      } catch (e) {
        errors.push(`${path}: ${errorText(e)}`);
        log(`    ! ${errors.at(-1)}`);
        return null;
      }
    };
    const story = await measure("/");
    const gallery = await measure("/charts/");
    const sources = await measure("/sources/");
    const embeds = new Map<string, PageWeight | null>();
    for (const id of ids) embeds.set(id, await measure(`/embed/${id}/`));
    await browser.close();

    // /embed.js alone: the one file a host page includes.
    let loader: number | null = null;
    try {
      const res = await fetch(`${site.url}/embed.js`);
      if (!res.ok) throw new Error(`status ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      loader = gzipSize(body);
      results["loader"] = { bytes: body.length, gzip: loader };
    } catch (e) {
      errors.push(`/embed.js: ${errorText(e)}`);
    }

    if (story) weightLines.push(weightRow("/ (story)", story.own));
    if (gallery) {
      weightLines.push(weightRow("/charts/ (gallery page)", gallery.own));
      weightLines.push(weightRow(`/charts/ (its ${gallery.frameCount} iframes)`, gallery.frames));
      weightLines.push(weightRow("/charts/ (page + iframes)", add(gallery.own, gallery.frames)));
    }
    if (sources) weightLines.push(weightRow("/sources/", sources.own));
    for (const [id, w] of embeds) if (w) weightLines.push(weightRow(`/embed/${id}/`, add(w.own, w.frames)));
    if (loader !== null)
      weightLines.push([
        "/embed.js (alone)",
        "0",
        "0",
        loader.toLocaleString("en-US"),
        "0",
        "0",
        loader.toLocaleString("en-US"),
        "1",
      ]);

    const S = "page weight (gzip -9)";
    rows.push(maxRow(S, "story / : JS", story?.own.js ?? null, BUDGET.storyJs, bytes));
    rows.push(
      maxRow(
        S,
        "story / : total (HTML, CSS, JS, SVG; no photos)",
        story?.own.totalNoRaster ?? null,
        BUDGET.storyTotal,
        bytes,
      ),
    );
    if (gallery) {
      rows.push(infoRow(S, "gallery /charts/ : page itself", gallery.own.total, bytes(gallery.own.total)));
      rows.push(
        infoRow(
          S,
          `gallery /charts/ : its ${gallery.frameCount} iframes (extra)`,
          gallery.frames.total,
          bytes(gallery.frames.total),
        ),
      );
    }
    if (sources) rows.push(infoRow(S, "sources /sources/ : total", sources.own.total, bytes(sources.own.total)));
    for (const [id, w] of embeds) {
      const total = w ? w.own.total + w.frames.total : null;
      const js = w ? w.own.js + w.frames.js : null;
      if (id === "flow-map") {
        rows.push(maxRow(S, `embed /embed/${id}/ : total`, total, BUDGET.flowMapTotal, bytes));
        rows.push(infoRow(S, `embed /embed/${id}/ : JS`, js, js === null ? "not measured" : bytes(js)));
      } else {
        rows.push(maxRow(S, `embed /embed/${id}/ : total`, total, BUDGET.embedTotal, bytes));
        rows.push(maxRow(S, `embed /embed/${id}/ : JS`, js, BUDGET.embedJs, bytes));
      }
    }
    if (!ids.includes("flow-map"))
      rows.push(
        infoRow(
          S,
          "embed /embed/flow-map/ : total",
          null,
          "not in the registry yet",
          `≤ ${bytes(BUDGET.flowMapTotal)}`,
        ),
      );
    rows.push(maxRow(S, "loader /embed.js", loader, BUDGET.loader, bytes));

    results["weight"] = pages.map((p) => ({
      path: p.path,
      own: p.own,
      frames: p.frames,
      frameCount: p.frameCount,
      problems: p.problems,
    }));
  }
}

// 3. Lighthouse -----------------------------------------------------------------------------------
if (runs("lighthouse") && site) {
  const S = "lighthouse (mobile)";
  const lh: Array<LighthouseResult | LighthouseFailure> = [];
  mkdirSync(join(OUT, "lighthouse"), { recursive: true });
  for (const p of LIGHTHOUSE_PAGES) {
    const url = `${site.url}${p.path}`;
    log(`lighthouse ${url} ...`);
    const r = await runLighthouse(url, join(OUT, "lighthouse", `${p.name.replace(/\W+/g, "-")}.json`)).catch(
      (e: unknown): LighthouseFailure => ({ url, error: errorText(e) }),
    );
    lh.push(r);
    if ("error" in r) {
      errors.push(`Lighthouse could not run on ${p.path}: ${r.error}`);
      log(`  ! LIGHTHOUSE DID NOT RUN on ${p.path}:\n${r.error}`);
      for (const c of ["performance", "accessibility", "best-practices", "seo"])
        rows.push(infoRow(S, `${p.name}: ${c}`, null, "did not run", "= 100"));
      continue;
    }
    log(
      `  scores ${Object.entries(r.scores)
        .map(([k, v]) => `${k} ${v ?? "?"}`)
        .join(", ")}`,
    );
    rows.push(minRow(S, `${p.name}: performance`, r.scores.performance, 100, String));
    rows.push(minRow(S, `${p.name}: accessibility`, r.scores.accessibility, 100, String));
    rows.push(minRow(S, `${p.name}: best-practices`, r.scores["best-practices"], 100, String));
    if (p.noindex)
      rows.push(infoRow(S, `${p.name}: seo`, r.scores.seo, String(r.scores.seo ?? "?"), "exempt (noindex)"));
    else rows.push(minRow(S, `${p.name}: seo`, r.scores.seo, 100, String));
    rows.push(infoRow(S, `${p.name}: LCP`, r.lcpMs, r.lcpMs === null ? "?" : `${Math.round(r.lcpMs)} ms`));
    // CLS 0 as Lighthouse shows it (3 decimals).
    const cls = r.cls === null ? null : Math.round(r.cls * 1000) / 1000;
    rows.push(maxRow(S, `${p.name}: CLS`, cls, 0, (n) => n.toFixed(3)));
    rows.push(infoRow(S, `${p.name}: TBT`, r.tbtMs, r.tbtMs === null ? "?" : `${Math.round(r.tbtMs)} ms`));
  }
  results["lighthouse"] = lh;
}
await site?.close();

// 4. Build time -----------------------------------------------------------------------------------
if (runs("build-time")) {
  const S = "build";
  const times: number[] = [];
  for (let i = 1; i <= BUILD_RUNS; i++) {
    log(`build time: full build ${i}/${BUILD_RUNS} into ${OUT}/build-time/ ...`);
    try {
      times.push(await timedBuild({ outDir: join(OUT, "build-time") }));
      log(`  ${seconds(times.at(-1)!)}`);
    } catch (e) {
      errors.push(errorText(e));
      log(`  ! ${errors.at(-1)}`);
      break;
    }
  }
  rmSync(join(OUT, "build-time"), { recursive: true, force: true });
  const m = times.length === BUILD_RUNS ? median(times) : null;
  rows.push(
    infoRow(
      S,
      `full build, median of ${BUILD_RUNS} (${ids.length} charts)`,
      m,
      m === null ? "failed" : `${seconds(m)} (${times.map((t) => t.toFixed(2)).join(", ")})`,
    ),
  );
  results["buildTime"] = { runs: times, median: m, charts: ids.length };
}

// 5. Render scaling -------------------------------------------------------------------------------
if (runs("scaling")) {
  const S = "render scaling (in-process, every edition)";
  const t = new Map<number, number>();
  try {
    // bench/scaling.ts imports the story's modules; loaded here, so a broken registry is one problem, not a crash.
    const { timedRender } = await import("./scaling.ts");
    log("scaling: warm-up render of the registry's charts ...");
    timedRender(0);
    for (const n of SCALE_N) {
      log(`scaling: rendering ${ids.length} charts + ${n} synthetic ...`);
      t.set(n, timedRender(n));
      log(`  ${seconds(t.get(n)!)}`);
    }
  } catch (e) {
    errors.push(errorText(e));
    log(`  ! ${errors.at(-1)}`);
  }
  for (const n of SCALE_N) {
    const v = t.get(n) ?? null;
    rows.push(infoRow(S, `render, +${n} synthetic (${ids.length + n} charts)`, v, v === null ? "failed" : seconds(v)));
  }
  const t10 = t.get(10);
  const t100 = t.get(100);
  const perChart = t100 === undefined ? null : t100 / (ids.length + 100);
  const marginal = t10 === undefined || t100 === undefined ? null : (t100 - t10) / 90;
  rows.push(
    infoRow(
      S,
      `seconds per chart, total (t100 / ${ids.length + 100})`,
      perChart,
      perChart === null ? "n/a" : `${perChart.toFixed(3)} s`,
    ),
  );
  rows.push(
    infoRow(
      S,
      "seconds per chart, marginal ((t100 - t10) / 90)",
      marginal,
      marginal === null ? "n/a" : `${marginal.toFixed(3)} s`,
    ),
  );
  results["scaling"] = {
    baseCharts: ids.length,
    seconds: Object.fromEntries(t),
    perChartTotal: perChart,
    perChartMarginal: marginal,
  };
}

// 6. Report ---------------------------------------------------------------------------------------
console.log("");
if (weightLines.length) {
  console.log(
    "Page weight, bytes gzip -9 (distinct URLs; an iframe's copy of a file the page already loaded is not counted again)",
  );
  console.log(
    table(["page", "HTML", "CSS", "JS", "images", "other", "total", "requests"], weightLines, [
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]),
  );
  console.log("");
}
console.log(rowsTable(rows));
const lighthouse = (results["lighthouse"] ?? []) as Array<LighthouseResult | LighthouseFailure>;
const lost = lighthouse.flatMap((r) => ("failing" in r ? r.failing.map((f) => `${new URL(r.url).pathname} ${f}`) : []));
if (lost.length) {
  console.log("\nLighthouse audits that cost points:");
  for (const l of lost) console.log(`  ${l}`);
}
if (errors.length) {
  console.log("\nProblems while measuring:");
  // The full output is in the progress lines above; here, the lines that say what went wrong.
  const gist = (e: string) => {
    const [first = "", ...rest] = e.split("\n");
    const said = rest.filter((l) => !/^\s*(at |Stack trace|\S+\s+[├└]─)/.test(l)).slice(0, 4);
    return [first, ...said].join("\n    ");
  };
  for (const e of errors) console.log(`  - ${gist(e)}`);
}
const met = rows.filter((r) => r.status === "OK").length;
const missed = rows.filter((r) => r.status === "OVER" || r.status === "MISS").length;
const unmeasured = rows.filter((r) => r.status === "n/a" && r.budget !== "—").length;
results["rows"] = rows;
results["errors"] = errors;
results["loadAverageAtEnd"] = loadavg()[0];
results["summary"] = { met, missed, unmeasured, seconds: Math.round((performance.now() - t0) / 1000) };
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${RESULTS}. Finished in ${seconds((performance.now() - t0) / 1000)}.`);
console.log(
  `Budgets: ${met} met, ${missed} missed${unmeasured ? `, ${unmeasured} not measured` : ""}${errors.length ? ` (${errors.length} problem(s) while measuring: see above)` : ""}.`,
);
