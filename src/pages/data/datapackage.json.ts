import type { APIRoute } from "astro";
import { siteCharts, siteVersions } from "../../publish/rendered.ts";
import { dataPackage } from "../../publish/datapackage.ts";
import { siteAddress } from "../../publish/urls.ts";

/** /data/datapackage.json: every chart table as one Frictionless Data Package (src/publish/datapackage.ts). */
export const GET: APIRoute = ({ site }) => {
  const { text, charts } = siteCharts();
  const pkg = dataPackage(charts, text, siteVersions().corrections.length, siteAddress(site));
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};
