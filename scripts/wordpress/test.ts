/**
 * `npm run test:wordpress`: the chart embeds in a real WordPress, as newsroom editors use it.
 *
 * Installs Debian's wordpress, mariadb-server and apache2 when missing (root only; .ci/run does
 * it too), builds the site for https://graphics.example.org (or takes --dist <folder>, built for
 * that address), serves it with nginx over TLS on 127.0.0.1, and starts MariaDB and Apache on
 * 127.0.0.1 with their own data, config and logs in a temporary folder. Then it installs
 * WordPress fresh and creates posts the way editors make them:
 *
 *   author-classic  an Author, classic editor: each chart's URL on its own line between paragraphs
 *   author-block    an Author, block editor: each chart's URL in an Embed block
 *   admin-script    an admin, block editor: each chart's script code in a Custom HTML block
 *   admin-iframe    an admin, block editor: each chart's iframe code in a Custom HTML block
 *   (info only, not checked: the same two codes saved by an Author, who lacks unfiltered_html)
 *
 * Each post is opened in Chromium at 320, 768 and 1,280 px wide; for every chart it checks that
 * the chart is present and visible, not cut off (its content fits the frame, nothing sideways)
 * and not followed by more than 40 px of blank space in its frame; the site tests' page watcher
 * (tests/support/page-watch-core.ts) fails a post on a console error, an uncaught error, a failed
 * request or a request to a third host, in the post or its embeds (WordPress's own resources
 * failing to load on its own host are allowed). It prints the frame and
 * content heights per chart and width, writes them to .scratch/wordpress/results.json, and
 * exits non-zero when a check fails. Everything it started is stopped, also on failure or
 * Ctrl-C; --keep keeps the temporary folder (logs, WordPress's chart-host.log) for a look, and
 * --serve leaves everything running after creating the posts, until Ctrl-C.
 *
 * How WordPress reaches https://graphics.example.org without public DNS: see chart-host.php.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type ElementHandle, type Page } from "playwright-core";
import { CHROMIUM, OFFLINE_FLAGS } from "../chromium.mjs";
import { WORDPRESS_MAX_HEIGHT } from "../../src/client/embed-child.ts";
import { WP_CONFIG_NAME, killAllNow, onStop, startMariaDb, startWordPress, stopAll } from "./services.ts";
import { startNginx } from "../nginx.mjs";
import { watchPage } from "../../tests/support/page-watch-core.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const HOST = "graphics.example.org";
const SITE = `https://${HOST}`;
const WIDTHS = [320, 768, 1280] as const;
/** Blank space allowed below a chart inside its frame. */
const MAX_BLANK = 40;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const keep = args.includes("--keep");

const t0 = Date.now();
const step = (what: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);

// ---------------------------------------------------------------------------------------------

function ensurePackages(): void {
  const want: Record<string, string> = {
    wordpress: "/usr/share/wordpress/wp-settings.php",
    "mariadb-server": "/usr/sbin/mariadbd",
    apache2: "/usr/sbin/apache2",
    nginx: "/usr/sbin/nginx",
    openssl: "/usr/bin/openssl",
  };
  const missing = Object.entries(want)
    .filter(([, file]) => !existsSync(file))
    .map(([pkg]) => pkg);
  if (!existsSync(CHROMIUM)) missing.push("chromium");
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`missing Debian packages; as root: apt-get install -y ${missing.join(" ")}`);
  step(`installing ${missing.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const cmd of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...missing],
  ]) {
    const r = spawnSync("apt-get", cmd, {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
    if (r.status !== 0) throw new Error(`apt-get ${cmd.join(" ")} failed`);
  }
}

/** The built site, for https://graphics.example.org. */
function builtSite(): string {
  const given = opt("--dist");
  const dist = resolve(given ?? join(ROOT, ".scratch/wordpress/dist"));
  if (!given) {
    step(`building the site for ${SITE} into ${dist}`);
    const r = spawnSync(process.execPath, ["scripts/build.mjs"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, STORY_SITE: SITE, STORY_OUT_DIR: dist },
    });
    if (r.status !== 0) throw new Error("build failed");
  }
  const oembed = join(dist, "oembed");
  const sample = existsSync(oembed) ? readdirSync(oembed).find((f) => f.endsWith(".json")) : undefined;
  if (!sample || !readFileSync(join(oembed, sample), "utf8").includes(SITE)) {
    throw new Error(`${dist} is not a build for ${SITE} (STORY_SITE=${SITE} npm run build)`);
  }
  return dist;
}

// ---------------------------------------------------------------------------------------------
// The posts.

interface PostSpec {
  slug: string;
  title: string;
  user: "author" | "admin";
  /** Checked (false: reported only). */
  checked: boolean;
  charts: string[];
  /** The edition the charts' URLs point to ("" English, "/es" Spanish). */
  prefix?: string;
  content: string;
  /** Set once WordPress has saved it: its address, and how many codes survived saving. */
  url?: string;
  kept?: Record<string, number>;
}

const para = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const filler = (i: number) =>
  `Paragraph ${i + 1} of the story around the charts, long enough to show where the text column runs at every width of the page.`;

function posts(charts: string[], codes: Map<string, { script: string; iframe: string }>): PostSpec[] {
  const url = (id: string, prefix = "") => `${SITE}${prefix}/embed/${id}/`;
  const spanish = charts.slice(0, 2);
  const block = (each: (id: string) => string) =>
    [para(filler(0)), ...charts.flatMap((id, i) => [each(id), para(filler(i + 1))])].join("\n\n");
  const html = (kind: "script" | "iframe") => (id: string) =>
    `<!-- wp:html -->\n${codes.get(id)![kind]}\n<!-- /wp:html -->`;
  return [
    {
      slug: "author-classic",
      title: "Author, classic editor: URL on its own line",
      user: "author",
      checked: true,
      charts,
      // The classic editor stores paragraphs as blank-line-separated text; the pasted URL stays
      // alone on its line, which is what WordPress's auto-embed looks for.
      content: [filler(0), ...charts.flatMap((id, i) => [url(id), filler(i + 1)])].join("\n\n"),
    },
    {
      slug: "author-spanish",
      title: "Author, classic editor: URLs of the Spanish edition",
      user: "author",
      checked: true,
      charts: spanish,
      prefix: "/es",
      content: [filler(0), ...spanish.flatMap((id, i) => [url(id, "/es"), filler(i + 1)])].join("\n\n"),
    },
    {
      slug: "author-block",
      title: "Author, block editor: Embed block",
      user: "author",
      checked: true,
      charts,
      content: block(
        (id) =>
          `<!-- wp:embed {"url":"${url(id)}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url(id)}\n</div></figure>\n<!-- /wp:embed -->`,
      ),
    },
    {
      slug: "admin-script",
      title: "Admin, Custom HTML: script code",
      user: "admin",
      checked: true,
      charts,
      content: block(html("script")),
    },
    {
      slug: "admin-iframe",
      title: "Admin, Custom HTML: iframe code",
      user: "admin",
      checked: true,
      charts,
      content: block(html("iframe")),
    },
    {
      slug: "author-script",
      title: "Author, Custom HTML: script code",
      user: "author",
      checked: false,
      charts,
      content: block(html("script")),
    },
    {
      slug: "author-iframe",
      title: "Author, Custom HTML: iframe code",
      user: "author",
      checked: false,
      charts,
      content: block(html("iframe")),
    },
  ];
}

/** The codes editors copy: read from the gallery, as they would. */
async function galleryCodes(browser: Browser): Promise<Map<string, { script: string; iframe: string }>> {
  const page = await browser.newPage();
  try {
    await page.goto(`${SITE}/charts/`);
    const found = await page.$$eval("textarea[data-embed-kind]", (els) =>
      els.map((el) => ({
        kind: el.getAttribute("data-embed-kind"),
        code: (el as HTMLTextAreaElement).value,
      })),
    );
    const codes = new Map<string, { script: string; iframe: string }>();
    for (const { kind, code } of found) {
      const id = /data-arms-embed="([a-z0-9-]+)"|\/embed\/([a-z0-9-]+)\//.exec(code);
      const chart = id?.[1] ?? id?.[2];
      if (!chart || (kind !== "script" && kind !== "iframe")) continue;
      const entry = codes.get(chart) ?? { script: "", iframe: "" };
      entry[kind] = code;
      codes.set(chart, entry);
    }
    return codes;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Cell {
  /** What the reader gets for this chart. */
  kind: "iframe" | "png" | "text" | "missing";
  /** The frame's viewport height (what the host gave it) and the bottom of the chart's content. */
  frame?: number;
  content?: number;
  problems: string[];
  /** Not problems: how a chart taller than WordPress's cap is shown. */
  notes: string[];
}

async function settle(page: Page): Promise<void> {
  // Scroll down the page so lazy iframes load, waiting at each step until the iframes near the
  // viewport have loaded.
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await height()); y += 800) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    for (const el of await page.$$("iframe")) {
      const near = await el.evaluate((f) => {
        const r = f.getBoundingClientRect();
        return r.bottom > -800 && r.top < innerHeight + 800;
      });
      if (near) await (await el.contentFrame())?.waitForLoadState("load", { timeout: 10_000 }).catch(() => {});
    }
  }
  // Then until no iframe has changed height in four looks in a row: every chart has posted its
  // height and its host has applied it. Past 15 s, measure() reports what it finds.
  await page.evaluate(() => delete (window as { settle?: unknown }).settle);
  await page
    .waitForFunction(
      () => {
        const w = window as { settle?: { last: string; stable: number } };
        const now = [...document.querySelectorAll("iframe")].map((f) => f.getBoundingClientRect().height).join();
        const s = (w.settle ??= { last: "", stable: 0 });
        s.stable = now === s.last ? s.stable + 1 : 0;
        s.last = now;
        return s.stable >= 4;
      },
      undefined,
      { polling: 250, timeout: 15_000 },
    )
    .catch(() => {});
}

async function measure(page: Page, post: PostSpec, width: number): Promise<Map<string, Cell>> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(post.url!, { waitUntil: "load" });
  await settle(page);
  const cells = new Map<string, Cell>();
  for (const id of post.charts) {
    const src = `${SITE}${post.prefix ?? ""}/embed/${id}/`;
    const frameEl = await page.$(`iframe[src^="${src}"]`);
    if (!frameEl) {
      const other = await page.evaluate(
        ({ id, src }) => {
          const main = document.querySelector(".wp-block-post-content, .entry-content, main") ?? document.body;
          if (main.querySelector(`img[src*="/data/${id}.png"]`)) return "png";
          if ((main.textContent ?? "").includes(src)) return "text";
          return "missing";
        },
        { id, src },
      );
      const problem = other === "png" ? "PNG only" : other === "text" ? "URL as text" : "missing";
      cells.set(id, { kind: other as Cell["kind"], problems: [problem], notes: [] });
      continue;
    }
    cells.set(id, await measureFrame(frameEl));
  }
  // The chart grows when a reader opens "Show the data": the frame follows (checked at 768 px,
  // on the first chart of each post made by pasting the URL that is not already at the cap).
  if (width === 768 && post.user === "author") {
    const id = post.charts.find(
      (c) => cells.get(c)?.problems.length === 0 && (cells.get(c)?.frame ?? Infinity) < WORDPRESS_MAX_HEIGHT - 200,
    );
    const frameEl = id ? await page.$(`iframe[src^="${SITE}${post.prefix ?? ""}/embed/${id}/"]`) : null;
    const frame = await frameEl?.contentFrame();
    if (id && frameEl && frame) {
      await frameEl.scrollIntoViewIfNeeded();
      await frame.click("details.chart-data > summary");
      await settle(page);
      cells.set(`${id} + data`, await measureFrame(frameEl));
    }
  }
  return cells;
}

async function measureFrame(frameEl: ElementHandle<HTMLElement | SVGElement>): Promise<Cell> {
  await frameEl.scrollIntoViewIfNeeded();
  const host = await frameEl.evaluate((f) => {
    const r = f.getBoundingClientRect();
    const cs = getComputedStyle(f);
    const text =
      f.closest(".wp-block-post-content, .entry-content")?.querySelector(":scope > p") ?? document.querySelector("p");
    const t = text?.getBoundingClientRect();
    return {
      hidden:
        r.width <= 2 || r.height <= 2 || cs.clip !== "auto" || cs.visibility === "hidden" || cs.display === "none",
      scrolling: f.getAttribute("scrolling"),
      left: r.left,
      right: r.right,
      textLeft: t?.left,
      textRight: t?.right,
    };
  });
  const frame = await frameEl.contentFrame();
  const inner = frame
    ? await frame.evaluate(() => {
        const root = document.documentElement;
        // What the reader can see: not display:none, not inside a closed <details>, not
        // visibility:hidden, and not visually hidden text (a 1 px clip).
        const seen = (el: Element) => {
          const r = el.getBoundingClientRect();
          return (
            el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
            (r.width > 1 || r.height > 1)
          );
        };
        let bottom = 0;
        for (const el of document.body.querySelectorAll("*")) {
          if (seen(el)) bottom = Math.max(bottom, el.getBoundingClientRect().bottom + scrollY);
        }
        const charts = [...document.querySelectorAll("figure svg, figure img")].filter(
          (el) => seen(el) && el.getBoundingClientRect().height > 10,
        );
        const overflow = (el: Element) => getComputedStyle(el).overflowY;
        return {
          viewport: innerHeight,
          content: Math.ceil(bottom),
          scrollable: overflow(root) !== "hidden" && overflow(document.body) !== "hidden",
          sideways: root.scrollWidth > root.clientWidth + 1,
          chart: charts.length > 0,
        };
      })
    : undefined;
  const problems: string[] = [];
  const notes: string[] = [];
  if (host.hidden) problems.push("hidden");
  if (!inner) problems.push("frame not loaded");
  else {
    if (!inner.chart) problems.push("no chart");
    if (inner.content > inner.viewport + 1) {
      // Taller than WordPress's cap: acceptable as a frame of the cap's height that scrolls.
      const scrolls = inner.scrollable && host.scrolling !== "no" && inner.viewport >= WORDPRESS_MAX_HEIGHT - 1;
      (scrolls ? notes : problems).push(`${scrolls ? "scrolls" : "cut"} ${inner.content - inner.viewport}`);
    }
    if (inner.viewport - inner.content > MAX_BLANK) problems.push(`blank ${inner.viewport - inner.content}`);
    if (inner.sideways) problems.push("sideways");
  }
  if (host.textLeft !== undefined && host.textRight !== undefined) {
    const dx = Math.round(host.left - host.textLeft);
    const dr = Math.round(host.right - host.textRight);
    if (Math.abs(dx) > 1 || Math.abs(dr) > 1)
      problems.push(`column ${dx > 0 ? "+" : ""}${dx}/${dr > 0 ? "+" : ""}${dr}`);
  }
  return { kind: "iframe", frame: inner?.viewport, content: inner?.content, problems, notes };
}

function table(results: { post: PostSpec; cells: Record<number, Map<string, Cell>> }[]): string {
  const rows: string[][] = [["post", "chart", ...WIDTHS.map((w) => `${w} px: frame/content`)]];
  for (const { post, cells } of results) {
    for (const id of post.charts) {
      rows.push([
        post.checked ? post.slug : `(${post.slug})`,
        id,
        ...WIDTHS.map((w) => {
          const c = cells[w]!.get(id)!;
          const size = c.kind === "iframe" ? `${c.frame ?? "?"}/${c.content ?? "?"}` : "";
          const verdict = c.problems.length ? c.problems.join(", ") : ["ok", ...c.notes].join(", ");
          return `${size} ${verdict}`.trim();
        }),
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ")).join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  ensurePackages();
  const dist = builtSite();
  const charts = readdirSync(join(dist, "embed")).filter((d) => statSync(join(dist, "embed", d)).isDirectory());
  const only = opt("--charts")?.split(",");

  const tmp = mkdtempSync("/tmp/wordpress-test-");
  chmodSync(tmp, 0o755); // Apache's www-data reads the config, wp-content and MariaDB's socket here
  const logs = join(tmp, "logs");
  mkdirSync(logs);
  let failed = true;
  onStop(() => {
    if (keep || failed) console.log(`logs and data kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  });

  let browser: Browser | undefined;
  try {
    // The deploy server: deploy/nginx.conf over TLS as the site's public host.
    const nginx = await startNginx({ root: dist, tls: { host: HOST } });
    onStop(() => void nginx.stop());
    const chartSite = { port: nginx.tlsPort! };
    step(`chart site: deploy/nginx.conf on 127.0.0.1:${chartSite.port} as ${SITE}`);
    const db = await startMariaDb(tmp, logs);
    step("MariaDB started");
    const wp = await startWordPress(tmp, logs, db, { host: HOST, connect: `127.0.0.1:${chartSite.port}` }, HERE);
    const password = "test-" + Math.random().toString(36).slice(2);
    const installed = wp.cli("install", password) as {
      version: string;
      theme: string;
    };
    step(`WordPress ${installed.version} installed at ${wp.url} (theme ${installed.theme})`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // The chart site's host resolves to the local nginx and its self-signed certificate is
      // accepted (stand-ins for public DNS and a real CA).
      args: [
        ...OFFLINE_FLAGS,
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${chartSite.port}`,
        "--ignore-certificate-errors",
      ],
    });

    const codes = await galleryCodes(browser);
    const selected = charts.filter((id) => (!only || only.includes(id)) && codes.has(id));
    if (selected.length < 2) throw new Error(`need at least two charts with embed codes, found ${selected.join(", ")}`);
    const specs = posts(selected, codes);
    const specFile = join(tmp, "posts.json");
    writeFileSync(specFile, JSON.stringify(specs));
    const made = wp.cli("posts", specFile) as {
      slug: string;
      url: string;
      kept: Record<string, number>;
    }[];
    for (const m of made) {
      const s = specs.find((p) => p.slug === m.slug)!;
      s.url = m.url;
      s.kept = m.kept;
    }
    step(
      `${made.length} posts created; saved markup kept: ${made.map((m) => `${m.slug} ${JSON.stringify(m.kept)}`).join("; ")}`,
    );

    const proxy = wp.cli("proxy", ...selected.map((id) => `${SITE}/embed/${id}/`)) as {
      url: string;
      status: number;
      iframe: boolean;
    }[];
    const preview = proxy.filter((p) => p.status === 200 && p.iframe).length;
    step(`block editor preview (oEmbed proxy, as the Author): ${preview}/${proxy.length} charts embed`);

    if (args.includes("--serve")) {
      // For a look by hand: everything stays up until Ctrl-C.
      for (const s of specs) console.log(`  ${s.url}  (${s.slug})`);
      console.log(
        `  admin/author password: ${password}; WordPress CLI: WORDPRESS_CONFIG=${WP_CONFIG_NAME} WP_TEST_HOST=${wp.host} php ${join(HERE, "wp.php")}`,
      );
      console.log(
        `  Chromium: --host-resolver-rules="MAP ${HOST} 127.0.0.1:${chartSite.port}" --ignore-certificate-errors; Ctrl-C stops`,
      );
      await new Promise(() => {});
    }

    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    // The shared page watcher (tests/support/page-watch-core.ts): console errors, uncaught errors,
    // failed requests and requests off the two sites, in the posts and in the chart frames inside them.
    // Allowed, and only this: WordPress's own resources on its own host failing to load (its missing
    // favicon.ico, a 404 of its own) are WordPress's, not the embeds'. An uncaught error anywhere, a
    // console error or failed request of the chart site, and a request to any third host all count.
    const wpOrigin = new URL(wp.url).origin;
    const watch = watchPage(page, {
      allow: [SITE, wp.url],
      accept: (p) =>
        URL.canParse(p.url) &&
        new URL(p.url).origin === wpOrigin &&
        (p.kind === "http" ||
          p.kind === "request failed" ||
          (p.kind === "console" && p.text.startsWith("console error: Failed to load resource"))),
    });
    // Its problems by post (a script blocked in WordPress's sandbox, storage refused, a chart file missing, ...).
    const errors = new Map<string, Set<string>>();
    let current = "";
    let filed = 0;
    const file = () => {
      for (const p of watch.seen.slice(filed)) errors.set(current, (errors.get(current) ?? new Set()).add(p.text));
      filed = watch.seen.length;
    };
    const results: {
      post: PostSpec;
      cells: Record<number, Map<string, Cell>>;
    }[] = [];
    for (const post of specs) {
      current = post.slug;
      const cells: Record<number, Map<string, Cell>> = {};
      for (const w of WIDTHS) cells[w] = await measure(page, post, w);
      file();
      results.push({ post, cells });
    }
    step("measured");

    // A link inside WordPress's sandboxed frame (story, CSV, JSON on the chart's site) opens in
    // the top window through WordPress's "link" message; the sandbox blocks it otherwise.
    const linkPost = specs.find((p) => p.slug === "author-classic")!;
    current = linkPost.slug;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(linkPost.url!, { waitUntil: "load" });
    await settle(page);
    const linkFrame = await (await page.$(`iframe[src^="${SITE}/embed/${linkPost.charts[0]}/"]`))?.contentFrame();
    const storyLink = `${SITE}/#chart-${linkPost.charts[0]}`;
    let linkOpens = false;
    if (linkFrame) {
      await linkFrame.click(`.embed-credit a[href="${storyLink}"]`);
      linkOpens = await page
        .waitForURL(storyLink, { timeout: 5000 })
        .then(() => true)
        .catch(() => false);
    }
    file();
    step(`story link clicked inside a WordPress embed: ${linkOpens ? "opens the story" : "does not open"}`);

    console.log(`\n${table(results)}\n`);
    console.log("frame/content: the height the host gave the chart's frame / the bottom of the chart's content, px.");
    console.log(
      `Problems: hidden (WordPress kept the frame hidden), cut N, blank N (> ${MAX_BLANK} px), sideways, column L/R (frame edges vs the text column).`,
    );
    console.log("Rows in (brackets) are reported, not checked.");
    for (const { post, cells } of results) {
      for (const [key, c] of cells[768] ?? []) {
        if (!key.endsWith(" + data")) continue;
        const verdict = c.problems.length ? c.problems.join(", ") : ["ok", ...c.notes].join(", ");
        console.log(
          `"Show the data" opened in ${post.slug} ${key.replace(" + data", "")} at 768 px: ${c.frame}/${c.content} ${verdict}`,
        );
      }
    }
    if (watch.accepted.length)
      console.log(
        `\nWordPress's own resources that failed to load (allowed): ${[...new Set(watch.accepted.map((p) => p.url))].join(", ")}`,
      );
    for (const [slug, set] of errors)
      console.log(`\nProblems in ${slug} (its page and the embeds in it):\n  ${[...set].slice(0, 8).join("\n  ")}`);

    const out = join(ROOT, ".scratch/wordpress/results.json");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify(
        {
          wordpress: installed,
          preview: proxy,
          posts: results.map(({ post, cells }) => ({
            slug: post.slug,
            checked: post.checked,
            kept: post.kept,
            cells: Object.fromEntries(WIDTHS.map((w) => [w, Object.fromEntries(cells[w]!)])),
          })),
          errors: Object.fromEntries([...errors].map(([slug, set]) => [slug, [...set]])),
          allowed: watch.accepted,
        },
        null,
        2,
      ),
    );
    const bad = results.flatMap(({ post, cells }) =>
      post.checked
        ? WIDTHS.flatMap((w) =>
            [...cells[w]!].filter(([, c]) => c.problems.length).map(([id]) => `${post.slug} ${id} @${w}`),
          )
        : [],
    );
    for (const post of specs)
      if (post.checked && errors.has(post.slug)) bad.push(`${post.slug}: ${errors.get(post.slug)!.size} page problems`);
    if (preview < proxy.length) bad.push(`block editor preview: ${proxy.length - preview} charts do not embed`);
    if (!linkOpens) bad.push("a link inside a WordPress embed does not open");
    failed = bad.length > 0;
    step(
      failed
        ? `FAILED: ${bad.length} problems (${bad.slice(0, 3).join("; ")}${bad.length > 3 ? "; ..." : ""})`
        : "all charts present, fitted and not cut off",
    );
    return failed ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    await stopAll();
    step("stopped everything");
  }
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping`);
    void stopAll().finally(() => process.exit(130));
  });
}
process.on("exit", () => killAllNow());

main().then(
  (code) => process.exit(code),
  async (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    await stopAll();
    process.exit(1);
  },
);
