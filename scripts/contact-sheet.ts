/**
 * `npm run contact-sheet`: one PNG per chart, language and theme, with every artboard side by
 * side at its real size and the embed page at 320, 768 and 1,280 px, written to contact-sheet/.
 * Look at every sheet of a chart before calling it done. It uses dist/ as built (build first:
 * `npm run build:test`), served by the deploy nginx at the site's own address, in Debian's
 * Chromium. Each artboard is shown as the embed page at the frame width that picks it unscaled.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startNginx } from "./nginx.mjs";
import { CHROMIUM, OFFLINE_FLAGS } from "./chromium.mjs";
import { ARTBOARDS } from "../src/charts/kit/artboards.ts";
import { CHARTS } from "../src/charts/registry.ts";

const OUT = "contact-sheet";
const PAD = 10; // .embed-body main's side padding: a frame PAD * 2 wider than an artboard shows it at 1:1
const EMBEDS = [320, 768, 1280];
const only = process.argv.slice(2);

const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync("dist/index.html", "utf8"))?.[1];
if (!canonical) throw new Error("dist/index.html has no canonical link: build first (npm run build:test)");
const site = new URL(canonical);
const server = await startNginx({ tls: { host: site.host } });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    ...OFFLINE_FLAGS,
    `--host-resolver-rules=MAP ${site.host} 127.0.0.1:${server.tlsPort}`,
    "--ignore-certificate-errors",
  ],
});
mkdirSync(OUT, { recursive: true });

const frame = (src: string, width: number, label: string) =>
  `<figure><figcaption>${label}</figcaption><iframe src="${src}" width="${width}" height="400" scrolling="no"></iframe></figure>`;

try {
  for (const { id } of CHARTS.filter((c) => only.length === 0 || only.includes(c.id))) {
    for (const lang of ["en", "es"]) {
      for (const theme of ["light", "dark"]) {
        const src = `${site.origin}${lang === "en" ? "" : "/es"}/embed/${id}/?theme=${theme}`;
        const html =
          `<!doctype html><meta charset="utf-8"><title>${id}</title><style>` +
          `body{margin:16px;font:14px system-ui;background:${theme === "dark" ? "#333" : "#ddd"};color:${theme === "dark" ? "#eee" : "#111"}}` +
          `section{display:flex;gap:16px;align-items:flex-start;margin-bottom:24px}figure{margin:0}iframe{border:0;display:block;background:#fff}</style>` +
          `<h1>${id} · ${lang} · ${theme}</h1><h2>Artboards at real size</h2><section>` +
          ARTBOARDS.map((w) => frame(src, w + 2 * PAD, `${w} px artboard`)).join("") +
          `</section><h2>Embed at host widths</h2><section>` +
          EMBEDS.map((w) => frame(src, w, `embed at ${w} px`)).join("") +
          `</section>`;
        // The sheet lives at the site's own origin, so its frames render in a full-page screenshot.
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.route(`${site.origin}/__contact-sheet`, (route) =>
          route.fulfill({ contentType: "text/html", body: html }),
        );
        await page.goto(`${site.origin}/__contact-sheet`);
        for (const handle of await page.locator("iframe").elementHandles()) {
          const f = await handle.contentFrame();
          await f!.waitForLoadState("load");
          const h = await f!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          await handle.evaluate((el, height) => ((el as HTMLIFrameElement).height = String(height)), h);
        }
        const path = join(OUT, `${id}.${lang}.${theme}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(path);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
