import type { APIRoute } from "astro";
import { chartPaths } from "../../../render/site-charts.ts";
import { oembed } from "../../../downloads/oembed.ts";
import { siteAddress } from "../../../downloads/site.ts";

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(oembed(params.id!, "es", siteAddress(site)), null, 2)}\n`, { headers: { "content-type": "application/json" } });
