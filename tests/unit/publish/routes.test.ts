// The route helpers behind /data/<id>.svg|png, /data/<id>.v<N>.csv|json and /oembed/: each
// answers with the publish module's output, typed, for every path it declares.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIContext } from "astro";
import { describe, expect, it } from "vitest";
import { imageRoute } from "../../../src/publish/image-route.ts";
import { oembedRoute, oembedWidthRoute } from "../../../src/publish/oembed-route.ts";
import { versionRoute } from "../../../src/publish/version-route.ts";
import { OEMBED_WIDTHS, oembed } from "../../../src/publish/oembed.ts";
import { chartImage } from "../../../src/publish/rendered.ts";
import { CHARTS } from "../../../src/charts/registry.ts";
import { ROOT } from "../../support/paths.ts";

const SITE = "https://charts.newsroom.example";
const call = (route: { GET: (c: APIContext) => Response | Promise<Response> }, params: Record<string, string>) =>
  route.GET({ params, site: new URL(`${SITE}/`) } as unknown as APIContext);
const versionIndex = JSON.parse(readFileSync(join(ROOT, "data", "versions", "index.json"), "utf8")) as Record<
  string,
  Array<{ version: number }>
>;

describe("imageRoute", () => {
  it("declares every chart, and serves each edition's SVG as chartImage draws it", async () => {
    for (const lang of ["en", "es"]) {
      const route = imageRoute(lang, "svg");
      expect(route.getStaticPaths().map((p) => p.params.id)).toEqual(CHARTS.map((c) => c.id));
      const id = CHARTS[0]!.id;
      const res = await call(route, { id });
      expect(res.headers.get("content-type")).toBe("image/svg+xml");
      expect(await res.text()).toBe(chartImage(id, lang).svg);
    }
  });

  it("serves the PNG at twice the SVG's width, the phone size from the narrowest artboard", async () => {
    const id = CHARTS[0]!.id;
    for (const size of ["full", "phone"] as const) {
      const res = await call(imageRoute("en", "png", size), { id });
      expect(res.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(2 * chartImage(id, "en", size).width);
    }
  });
});

describe("versionRoute", () => {
  it("declares each published version in data/versions/index.json and serves its file byte for byte", async () => {
    const expected = Object.entries(versionIndex).flatMap(([id, list]) =>
      list.map((v) => ({ id, version: String(v.version) })),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const ext of ["csv", "json"] as const) {
      const route = versionRoute(ext);
      expect(route.getStaticPaths().map((p) => p.params)).toEqual(expected);
      for (const params of expected) {
        const res = await call(route, params);
        expect(res.headers.get("content-type")).toBe(ext === "csv" ? "text/csv; charset=utf-8" : "application/json");
        const body = Buffer.from(await res.arrayBuffer());
        expect(
          body.equals(readFileSync(join(ROOT, "data", "versions", `${params.id}.v${params.version}.${ext}`))),
          `${params.id} v${params.version}.${ext}`,
        ).toBe(true);
      }
    }
  });
});

describe("oembedRoute", () => {
  it("answers each chart, at the default width and at each published one, with oembed() for the site's address", async () => {
    for (const lang of ["en", "es"]) {
      const route = oembedRoute(lang);
      expect(route.getStaticPaths().map((p) => p.params.id)).toEqual(CHARTS.map((c) => c.id));
      const widths = oembedWidthRoute(lang);
      expect(widths.getStaticPaths()).toHaveLength(CHARTS.length * OEMBED_WIDTHS.length);
      const id = CHARTS[0]!.id;
      const res = await call(route, { id });
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(JSON.parse(await res.text())).toEqual(oembed(id, lang, SITE));
      for (const w of OEMBED_WIDTHS)
        expect(JSON.parse(await (await call(widths, { id, width: String(w) })).text())).toEqual(
          oembed(id, lang, SITE, w),
        );
    }
  });
});
