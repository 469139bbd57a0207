import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built folder on 127.0.0.1 the way a static host does (dir/ -> dir/index.html,
 * 404 otherwise). Every request is logged, so tests can assert nothing left the site. With
 * `gzip`, text responses are compressed when the client accepts it, as a production host does
 * (the benchmark's Lighthouse runs measure that).
 */
export async function serveStatic(
  dir: string,
  port = 0,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<{ url: string; server: Server; requests: string[]; close: () => Promise<void> }> {
  const root = resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (
      gzip &&
      /text|json|svg|javascript/.test(type) &&
      /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    ) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      res.end(gzipSync(readFileSync(file), { level: 9 }));
      return;
    }
    res.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    server,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
