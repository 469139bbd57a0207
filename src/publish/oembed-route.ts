import type { APIRoute } from "astro";
import { CHARTS } from "../charts/registry.ts";
import { OEMBED_WIDTHS, oembed } from "./oembed.ts";
import { siteAddress } from "./urls.ts";

const json = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "content-type": "application/json" } });

/** `/oembed/<id>.json` (and `/es/...`): the response at the default width. */
export function oembedRoute(lang: string): { getStaticPaths: () => Array<{ params: { id: string } }>; GET: APIRoute } {
  return {
    getStaticPaths: () => CHARTS.map((c) => ({ params: { id: c.id } })),
    GET: ({ params, site }) => json(oembed(params.id!, lang, siteAddress(site))),
  };
}

/** `/oembed/<id>/<width>.json`: one response per published width, which the server picks by ?maxwidth=. */
export function oembedWidthRoute(lang: string): {
  getStaticPaths: () => Array<{ params: { id: string; width: string } }>;
  GET: APIRoute;
} {
  return {
    getStaticPaths: () => CHARTS.flatMap((c) => OEMBED_WIDTHS.map((w) => ({ params: { id: c.id, width: String(w) } }))),
    GET: ({ params, site }) => json(oembed(params.id!, lang, siteAddress(site), Number(params.width))),
  };
}
