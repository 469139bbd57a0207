// @ts-check
/**
 * Runs deploy/nginx.conf, unchanged but for its `listen` and `root` lines, with Debian's nginx
 * on 127.0.0.1: `npm run serve:nginx` uses it, and so do the browser tests. nginx runs in the
 * foreground from a temporary folder (pid, logs and temp files there), so it touches nothing of
 * the system's own nginx and stops with its caller.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((ok, fail) => {
      const server = createServer();
      server.on("error", fail);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        server.close(() => ok(port));
      });
    })
  );
}

/**
 * The site's server block with this machine's `listen` and `root`; with `tls`, it also listens
 * with TLS on `tls.port` (the tests' stand-in for the public https address).
 * @param {{ root: string, port: number, tls?: { port: number, cert: string, key: string } }} options
 */
export function siteConfig({ root, port, tls }) {
  let conf = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
  const listen = [`listen 127.0.0.1:${port};`];
  if (tls)
    listen.push(`listen 127.0.0.1:${tls.port} ssl;`, `ssl_certificate ${tls.cert};`, `ssl_certificate_key ${tls.key};`);
  conf = conf.replace(/^(\s*)listen [^;]+;$/m, (_, indent) => listen.map((l) => indent + l).join("\n"));
  conf = conf.replace(/^(\s*)root [^;]+;$/m, (_, indent) => `${indent}root ${resolve(root)};`);
  // Without Debian's brotli module (another distribution), gzip alone.
  if (!existsSync(BROTLI)) conf = conf.replace(/^\s*brotli\w*\s[^;]*;$/gm, "");
  return conf;
}

/**
 * Starts nginx over `root`. Resolves once it answers; `stop()` ends it and removes its folder.
 * `log()` reads the access log: one line per request, "<status> <uri>".
 * @param {{ root?: string, port?: number, tls?: { host: string } }} [options]
 */
export async function startNginx(options = {}) {
  if (!existsSync(NGINX))
    throw new Error(`nginx not found at ${NGINX}: apt-get install nginx libnginx-mod-http-brotli-filter`);
  const root = resolve(options.root ?? join(ROOT, "dist"));
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root} has no index.html: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), "story-nginx-"));
  const port = options.port ?? (await freePort());
  let tls;
  if (options.tls) {
    const cert = join(dir, "cert.pem");
    const key = join(dir, "key.pem");
    const made = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        `/CN=${options.tls.host}`,
        "-addext",
        `subjectAltName=DNS:${options.tls.host}`,
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { stdio: "pipe" },
    );
    if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
    tls = { port: await freePort(), cert, key };
  }
  writeFileSync(join(dir, "site.conf"), siteConfig({ root, port, tls }));
  const running = process.getuid?.() === 0;
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      existsSync(BROTLI) ? `load_module ${BROTLI};` : "",
      // As root, workers would drop to "nobody", who may not read a checkout under /root.
      running ? "user root;" : "",
      "daemon off;",
      "worker_processes 1;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events { worker_connections 256; }",
      "http {",
      "  default_type application/octet-stream;",
      "  sendfile on;",
      `  log_format story '$status $request_uri';`,
      `  access_log ${dir}/access.log story;`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/site.conf;`,
      "}",
      "",
    ].join("\n"),
  );
  const test = spawnSync(NGINX, ["-t", "-q", "-p", dir, "-c", join(dir, "nginx.conf")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the config: ${test.stderr}`);
  const child = spawn(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((ok) => child.once("exit", ok));
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch (e) {
      if (child.exitCode !== null || i > 100)
        throw new Error(`nginx did not start: ${readFileSync(join(dir, "error.log"), "utf8")}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    /** http://127.0.0.1:<port> */
    url: `http://127.0.0.1:${port}`,
    port,
    tlsPort: tls?.port,
    log: () =>
      existsSync(join(dir, "access.log"))
        ? readFileSync(join(dir, "access.log"), "utf8").trim().split("\n").filter(Boolean)
        : [],
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
