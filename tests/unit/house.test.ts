import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";

/**
 * The house rules (issue 11), read from the sources themselves: imports run one way, from the
 * pages down to the data; the browser code imports none of the build's modules; the public URL
 * contract is spelled in one module; chart modules read no file and no environment variable;
 * story facts (years, periods, source ids, states, and the names the record gives: publishers,
 * courts, estimates, defendants, crossings) live in data/, not in src/.
 */

const ROOT = join(import.meta.dirname, "../..");

/** The floors of src/, lowest first. A module may import from its own floor or any floor below. */
const FLOORS = [
  ["map"],
  ["data"],
  ["i18n"],
  ["charts"],
  ["render"],
  ["publish"],
  ["check"],
  ["styles"],
  ["components"],
  ["layouts"],
  ["views"],
  ["pages"],
] as const;
/** The browser's room: its modules import only each other. */
const CLIENT = "client";

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mjs|astro)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

const FILES = sources("src");
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

const resolve = (file: string, spec: string) => (spec.startsWith(".") ? normalize(join(dirname(file), spec)) : spec);
const importsOf = (file: string, valuesOnly: boolean) =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(IMPORT)]
    .filter((m) => !valuesOnly || !/^\s*(import|export)\s+type\s/.test(m[0]))
    .map((m) => resolve(file, (m[1] ?? m[2] ?? m[3])!));
/** Every import of every module in src/: relative ones resolved to a path from the root. */
const IMPORTS = new Map(FILES.map((file) => [file, importsOf(file, false)] as const));
/** The imports that run code (not `import type`). */
const VALUE_IMPORTS = new Map(FILES.map((file) => [file, importsOf(file, true)] as const));

const folderOf = (path: string) => path.split("/")[1]!;
const floorOf = (path: string) => FLOORS.findIndex((f) => (f as readonly string[]).includes(folderOf(path)));

describe("imports run one way", () => {
  it("every folder of src/ has a floor (or is the browser's room)", () => {
    const unplaced = [...new Set(FILES.map(folderOf))].filter((f) => f !== CLIENT && floorOf(`src/${f}/x`) < 0);
    expect(unplaced).toEqual([]);
  });

  it("no module imports from a floor above its own", () => {
    const up: string[] = [];
    for (const [file, targets] of IMPORTS) {
      if (folderOf(file) === CLIENT) continue;
      for (const t of targets) {
        if (!t.startsWith("src/") || folderOf(t) === CLIENT) continue;
        if (floorOf(t) > floorOf(file)) up.push(`${file} -> ${t}`);
      }
    }
    expect(up).toEqual([]);
  });

  it("no import circle between modules", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative("src", f)).join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const t of IMPORTS.get(file) ?? []) if (IMPORTS.has(t)) visit(t, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of IMPORTS.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it("the browser code imports only browser code", () => {
    const out = [...IMPORTS]
      .filter(([file]) => folderOf(file) === CLIENT)
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith("src/") && folderOf(t) !== CLIENT).map((t) => `${file} -> ${t}`),
      );
    expect(out).toEqual([]);
  });

  it("pages load browser code only from src/client/", () => {
    const out = [...IMPORTS]
      .filter(([file]) => file.endsWith(".astro"))
      .flatMap(([file]) =>
        [...readFileSync(join(ROOT, file), "utf8").matchAll(/<script>\s*import\s+["']([^"']+)["']/g)].map((m) =>
          normalize(join(dirname(file), m[1]!)),
        ),
      )
      .filter((t) => folderOf(t) !== CLIENT);
    expect(out).toEqual([]);
  });
});

describe("the public URL contract is spelled in one module (src/publish/urls.ts)", () => {
  const URL_MODULE = "src/publish/urls.ts";
  // A path the site publishes, as a string or template literal: "/embed/…", `/data/${…}`, "#chart-…".
  const SPELLED = [
    /["'`]\/(?:es\/)?(?:embed|data|oembed|share)\//,
    /["'`]\/(?:es\/)?(?:charts|sources)\/?["'`]/,
    /["'`]#?chart-\$\{/,
    /["'`]#chart-/,
    /datapackage\.json["'`]/,
    // A file at the site's root ("/embed.js", "/theme.js"), the story's own address with a fragment
    // ("/#main"), a claim's anchor, the theme query.
    /["'`]\/[\w.-]+\.(?:js|json|png|svg|csv)["'`?]/,
    /["'`]\/(?:es\/)?#/,
    /["'`]#record-|["'`]record-\$\{/,
    /[?&]theme=/,
  ];
  it("no other module of src/ spells a public path", () => {
    const found: string[] = [];
    for (const file of FILES) {
      if (file === URL_MODULE) continue;
      const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
      for (const [i, line] of lines.entries()) {
        const code = line.replace(/^\s*(\/\*\*?|\*|\/\/).*$/, "").replace(/\/\/ .*$/, "");
        if (SPELLED.some((re) => re.test(code))) found.push(`${file}:${i + 1}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("charts have declared inputs", () => {
  it("no chart module reads a file, the environment or the clock", () => {
    const found: string[] = [];
    for (const file of FILES.filter((f) => folderOf(f) === "charts")) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const t of IMPORTS.get(file) ?? [])
        if (/^(node:)?(fs|path|os|child_process|url)(\/|$)/.test(t)) found.push(`${file} imports ${t}`);
      for (const m of text.matchAll(/process\.env|process\.cwd|import\.meta\.env|Date\.now|new Date\(\)|Math\.random/g))
        found.push(`${file} uses ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it("no chart module imports, at any depth, a module that reads a file or the environment", () => {
    const reads = (file: string) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return (
        (VALUE_IMPORTS.get(file) ?? []).some((t) => /^(node:)?fs(\/|$)/.test(t)) ||
        /process\.env|process\.cwd/.test(text)
      );
    };
    const found: string[] = [];
    for (const file of FILES.filter((f) => folderOf(f) === "charts")) {
      const seen = new Set<string>();
      const walk = (f: string, trail: string[]) => {
        if (seen.has(f)) return;
        seen.add(f);
        if (f !== file && reads(f)) found.push([...trail, f].join(" -> "));
        for (const t of VALUE_IMPORTS.get(f) ?? []) if (VALUE_IMPORTS.has(t)) walk(t, [...trail, f]);
      };
      walk(file, []);
    }
    expect(found).toEqual([]);
  });
});

describe("story facts live in data/, engine code in src/", () => {
  const csv = (file: string) => csvParse(readFileSync(join(ROOT, "data", "context", file), "utf8"));
  const SOURCE_IDS = new Set(csv("sources.csv").map((r) => r["source_id"]!));
  const STATES = [
    ...new Set([...csv("us_state_centroids.csv"), ...csv("mx_state_centroids.csv")].map((r) => r["state"]!)),
  ];
  /**
   * Names the record gives: publishers, courts and cases, estimates, defendants, border crossings.
   * Parenthesised asides ("(via OANN)", "(Tucson)") and company suffixes (", Inc.") are not names.
   */
  const NAMES = [
    ...new Set(
      [
        ...csv("sources.csv").flatMap((r) => r["publisher"]!.replace(/\s*\([^)]*\)/g, "").split(/ \/ | & /)),
        ...csv("flow_estimates.csv").map((r) => r["estimate"]!.split(/:| \(/)[0]!),
        ...csv("lawsuit_defendants.csv").flatMap((r) => [
          r["case"]!,
          r["case"]!.split(" ")[0]!,
          r["defendant"]!.split(/,| \(| d\/b\/a /)[0]!,
        ]),
        ...csv("ports_of_entry.csv").flatMap((r) => [r["us_port"]!, r["mx_city"]!.replace(/\s*\(.*\)$/, "")]),
      ]
        .map((n) => n.trim())
        .filter((n) => /^[A-Z]/.test(n)),
    ),
  ];
  /**
   * What src/ still names, each with its reason: "file: text". Keep it short; an entry here is a
   * story fact waiting for a home in data/.
   */
  const LEFT: string[] = [];
  /** A line as code: comments out, URLs out, and an example that shows a format ("expected an id like S03") out. */
  const code = (line: string) =>
    line
      .replace(/^\s*(\/\*\*?|\*|\/\/).*$/, "")
      .replace(/\/\/ .*$/, "")
      .replace(/https?:\/\/[^\s"'`]*/g, "")
      .replace(/\blike\s+("[^"]*"|\S+)(\s+or\s+("[^"]*"|\S+))?/g, "");
  // A year (1900-2099) standing alone, or two as a period; round hundreds are bounds and durations, not years.
  const YEAR = /(?<![\w.])(19|20)(?!00\b)\d{2}(?![\w.])/;

  it("no src/ module names a year, a period, a source id or a state in its code", () => {
    const found: string[] = [];
    for (const file of FILES) {
      for (const [i, line] of readFileSync(join(ROOT, file), "utf8").split("\n").entries()) {
        const c = code(line);
        const named = [
          ...(YEAR.test(c) ? [`a year (${c.match(YEAR)![0]})`] : []),
          ...[...c.matchAll(/\bS\d+\b/g)].filter((m) => SOURCE_IDS.has(m[0])).map((m) => `a source id (${m[0]})`),
          ...STATES.filter((s) => new RegExp(`\\b${s}\\b`).test(c)).map((s) => `a state (${s})`),
        ];
        if (named.length > 0 && !LEFT.includes(`${file}: ${line.trim().replace(/,$/, "")}`))
          found.push(`${file}:${i + 1}: ${named.join(", ")}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  // A string in the code that holds a name, or is how one starts ("D.Mass." of "D.Mass. 1:21-cv-11269",
  // "Lindsay-Poland" of "Lindsay-Poland op-ed"): a chart picking rows by what they say, which data/charts.json does.
  const STRING = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const HOLDS = NAMES.map((n) => [n, new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`)] as const);
  const namesIn = (literal: string) => [
    ...HOLDS.filter(([, holds]) => holds.test(literal)).map(([n]) => n),
    ...(literal.length >= 4 && /[A-Z]/.test(literal)
      ? NAMES.filter((n) => n.length > literal.length && n.startsWith(literal) && /^\W/.test(n.slice(literal.length)))
      : []),
  ];

  it("no src/ module names what the record names (a publisher, a court or case, an estimate, a defendant, a crossing)", () => {
    const found: string[] = [];
    for (const file of FILES) {
      for (const [i, line] of readFileSync(join(ROOT, file), "utf8").split("\n").entries()) {
        const named = [...code(line).matchAll(STRING)].flatMap((m) => namesIn((m[1] ?? m[2] ?? m[3])!));
        if (named.length > 0 && !LEFT.includes(`${file}: ${line.trim().replace(/,$/, "")}`))
          found.push(`${file}:${i + 1}: ${[...new Set(named)].map((n) => `"${n}"`).join(", ")}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the names come from the record (the rule above reads them from data/context/)", () => {
    expect(NAMES).toEqual(expect.arrayContaining(["U.S. GAO", "Way of the Gun", "D.Mass.", "El Paso"]));
  });

  it("what is left is still there (a stale entry goes)", () => {
    const lines = new Set(
      FILES.flatMap((file) =>
        readFileSync(join(ROOT, file), "utf8")
          .split("\n")
          .map((l) => `${file}: ${l.trim().replace(/,$/, "")}`),
      ),
    );
    expect(LEFT.filter((l) => !lines.has(l))).toEqual([]);
  });
});
