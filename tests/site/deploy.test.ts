// The deploy build as an editor and a server meet it: every address in dist/ is the public one
// the build was given (none points at this machine), and deploy/nginx.conf serves it with the
// headers a newsroom's server must send. A preview build (npm start) is marked as one.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { OEMBED_DEFAULT_WIDTH, OEMBED_WIDTHS } from "../../src/publish/oembed.ts";
import { DIST, TEXT_FILE, decodeEntities, distFiles, readDist } from "../support/dist.ts";
import { startDeployServer, type DeployServer } from "../support/nginx.ts";
import { ROOT } from "../support/paths.ts";
import { SITE, SITE_HOST } from "../support/site.ts";

const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/;

/** Every absolute http(s) address in a text, except links out to sources and licences. */
const ownAddresses = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)]
    .map((m) => m[0])
    .filter((u) => LOOPBACK.test(u) || u.includes(SITE_HOST));
const htmlPages = distFiles().filter((f) => f.endsWith(".html"));
const EMBED_CODE_PAGES = ["index.html", "es/index.html", "charts/index.html", "es/charts/index.html"];

describe("the deploy build's addresses", () => {
  it("no file in dist/ names a loopback address", () => {
    const leaks = distFiles()
      .filter((f) => TEXT_FILE.test(f))
      .flatMap((f) => [...readDist(f).matchAll(new RegExp(LOOPBACK, "g"))].map((m) => `${f}: ${m[0]}`));
    expect(leaks).toEqual([]);
  });

  it("every embed code on the story and the gallery uses the site's address", () => {
    for (const page of EMBED_CODE_PAGES) {
      const { document } = parseHTML(readDist(page));
      const codes = [...document.querySelectorAll("textarea[data-embed-kind]")].map((t) =>
        decodeEntities(t.textContent!),
      );
      expect(codes.length, page).toBe(3 * CHARTS.length); // the URL for WordPress, the script code, the iframe code
      for (const code of codes) {
        const addresses = ownAddresses(code);
        expect(addresses.length, code).toBeGreaterThan(0);
        for (const a of addresses) expect(a.startsWith(`${SITE}/`), a).toBe(true);
      }
    }
  });

  it("every oEmbed response's html, provider and thumbnail use the site's address", () => {
    for (const { id } of CHARTS) {
      for (const file of [`oembed/${id}.json`, `es/oembed/${id}.json`]) {
        const o = JSON.parse(readDist(file));
        expect(o.provider_url.startsWith(`${SITE}/`)).toBe(true);
        expect(o.thumbnail_url.startsWith(`${SITE}/`)).toBe(true);
        const addresses = ownAddresses(o.html);
        expect(addresses.length).toBeGreaterThan(0);
        for (const a of addresses) expect(a.startsWith(`${SITE}/`), `${file}: ${a}`).toBe(true);
      }
    }
  });

  it("every page's canonical, alternate and og links use the site's address", () => {
    for (const page of htmlPages) {
      const { document } = parseHTML(readDist(page));
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      if (/(^|\/)404\.html$/.test(page)) expect(canonical, page).toBeUndefined();
      else expect(canonical?.startsWith(`${SITE}/`), `${page}: ${canonical}`).toBe(true);
      for (const el of document.querySelectorAll('link[rel="alternate"], meta[property^="og:"][content^="http"]')) {
        const url = el.getAttribute("href") ?? el.getAttribute("content")!;
        expect(url.startsWith(`${SITE}/`), `${page}: ${url}`).toBe(true);
      }
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "index", page).toBe(
        page.includes("embed/") || page.endsWith("404.html") ? "noindex" : "index",
      );
    }
  });

  it("the data package and each chart's JSON link to the site's address", () => {
    const pkg = JSON.parse(readDist("data/datapackage.json"));
    expect(pkg.homepage).toBe(`${SITE}/`);
    for (const { id } of CHARTS) {
      const json = JSON.parse(readDist(`data/${id}.json`));
      expect(json.chart.url.startsWith(`${SITE}/`)).toBe(true);
      expect(json.chart.embed.startsWith(`${SITE}/`)).toBe(true);
    }
  });
});

/** One request to the test nginx over plain http, as the public host; no redirect followed. */
function get(server: DeployServer, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (ok, fail) => {
      const req = request(
        { host: "127.0.0.1", port: server.port, path, headers: { host: SITE_HOST, ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on("error", fail);
      req.end();
    },
  );
}

describe("deploy/nginx.conf, running", () => {
  let server: DeployServer;
  beforeAll(async () => {
    server = await startDeployServer();
  });
  afterAll(() => server?.stop());

  const metaCsp = () =>
    parseHTML(readDist("index.html"))
      .document.querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute("content")!;

  it("sends the page's Content-Security-Policy as a header, with frame-ancestors: embeds by anyone, the rest by this site only", async () => {
    for (const lang of ["", "/es"]) {
      for (const { id } of CHARTS) {
        const res = await get(server, `${lang}/embed/${id}/`);
        expect(res.headers["content-security-policy"]).toBe(`${metaCsp()}; frame-ancestors *`);
      }
    }
    for (const path of ["/", "/es/", "/charts/", "/sources/", "/data/origin-share.csv", "/nothing-here"]) {
      const res = await get(server, path);
      expect(res.headers["content-security-policy"], path).toBe(`${metaCsp()}; frame-ancestors 'self'`);
    }
  });

  it("sends nosniff and a referrer policy on every response", async () => {
    for (const path of ["/", "/embed/flow-map/", "/embed.js", "/data/flow-map.csv", "/nothing-here"]) {
      const res = await get(server, path);
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("caches hashed assets for a year, and revalidates pages, the loader, data and oEmbed within minutes", async () => {
    const asset = distFiles().find((f) => f.startsWith("_astro/"))!;
    expect((await get(server, `/${asset}`)).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // A published version of a chart's data never changes under its name either.
    const version = distFiles().find((f) => /^data\/[a-z0-9-]+\.v\d+\.csv$/.test(f))!;
    expect(version).toBeDefined();
    expect((await get(server, `/${version}`)).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const path of [
      "/",
      "/embed/origin-share/",
      "/embed.js",
      "/data/origin-share.csv",
      "/data/origin-share.json",
      "/data/origin-share.png",
      "/data/origin-share.svg",
      "/oembed/origin-share.json",
    ]) {
      const cache = String((await get(server, path)).headers["cache-control"]);
      expect(cache, path).toMatch(/must-revalidate/);
      expect(Number(/max-age=(\d+)/.exec(cache)?.[1]), path).toBeLessThanOrEqual(300);
    }
  });

  it("serves each download with its type, and CORS on data and oEmbed only", async () => {
    const TYPES = {
      csv: "text/csv; charset=utf-8",
      json: "application/json",
      svg: "image/svg+xml",
      png: "image/png",
    } as const;
    for (const [ext, type] of Object.entries(TYPES)) {
      const res = await get(server, `/data/timeline.${ext}`);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"], ext).toBe(type);
      expect(res.headers["access-control-allow-origin"], ext).toBe("*");
    }
    for (const path of ["/oembed/timeline.json", "/es/oembed/timeline.json", "/data/datapackage.json"]) {
      const res = await get(server, path);
      expect(res.headers["content-type"], path).toBe("application/json");
      expect(res.headers["access-control-allow-origin"], path).toBe("*");
    }
    expect((await get(server, "/")).headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("compresses text (brotli or gzip) and says it varies by encoding", async () => {
    for (const path of ["/", "/data/flow-map.svg", "/data/flow-map.json", "/embed.js"]) {
      const gz = await get(server, path, { "accept-encoding": "gzip" });
      expect(gz.headers["content-encoding"], path).toBe("gzip");
      expect(gz.headers["vary"], path).toMatch(/Accept-Encoding/i);
      expect(gz.body.length).toBeLessThan(
        readFileSync(join(DIST, path.endsWith("/") ? `${path}index.html` : path)).length,
      );
    }
  });

  it("answers a missing page with status 404 and a page in the reader's edition that leads back to the story", async () => {
    for (const [path, lang, story] of [
      ["/no-such-page/", "en", "/"],
      ["/es/no-existe/", "es", "/es/"],
      ["/data/", "en", "/"],
      ["/es/data/", "es", "/es/"],
    ] as const) {
      const res = await get(server, path);
      expect(res.status).toBe(404);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      const { document } = parseHTML(res.body.toString("utf8"));
      expect(document.documentElement.getAttribute("lang")).toBe(lang);
      expect([...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"))).toContain(story);
    }
  });

  it("answers an oEmbed request with the widest published response not wider than its maxwidth", async () => {
    const widths = [...OEMBED_WIDTHS].sort((a, b) => a - b);
    const expected = (max: number | null) =>
      max === null ? OEMBED_DEFAULT_WIDTH : ([...widths].reverse().find((w) => w <= max) ?? widths[0]!);
    for (const lang of ["", "/es"]) {
      for (const max of [null, 100, 319, 320, 479, 480, 599, 600, 719, 720, 1000, 4000]) {
        const res = await get(server, `${lang}/oembed/timeline.json${max === null ? "" : `?maxwidth=${max}`}`);
        expect(res.status).toBe(200);
        expect(JSON.parse(res.body.toString()).width, `${lang} maxwidth=${max}`).toBe(expected(max));
        expect(res.headers["access-control-allow-origin"]).toBe("*");
      }
    }
  });

  it("redirects /embed/<id> to /embed/<id>/ without naming its own host or port", async () => {
    for (const path of ["/embed/flow-map", "/es/embed/flow-map"]) {
      const res = await get(server, path);
      expect(res.status).toBe(301);
      expect(res.headers["location"]).toBe(`${path}/`);
    }
  });
});

describe("a preview build (npm start)", () => {
  const out = join(ROOT, "tests", ".tmp", `preview-${process.pid}`);
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    run = spawnSync(process.execPath, ["scripts/build.mjs", "--preview"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, STORY_SITE: "", STORY_OUT_DIR: out },
    });
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("says it is a preview, and every page is noindex and carries the notice", () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(String(run.stdout)).toMatch(/Preview build.*Not for publishing/);
    for (const page of distFiles(out).filter((f) => f.endsWith(".html"))) {
      const { document } = parseHTML(readFileSync(join(out, page), "utf8"));
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content"), page).toBe("noindex");
      if (!page.includes("embed/")) expect(document.querySelector(".preview-notice"), page).not.toBeNull();
    }
  });
});
