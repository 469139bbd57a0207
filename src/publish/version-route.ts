import type { APIRoute } from "astro";
import { siteVersions } from "./rendered.ts";

const published = () =>
  Object.entries(siteVersions().index).flatMap(([id, list]) =>
    list.map((v) => ({ params: { id, version: String(v.version) } })),
  );

/**
 * `/data/<id>.v<N>.csv` and `.json`: a version as it was published, kept for good and served
 * byte for byte from data/versions/ (written once by npm run record-version), so the address can
 * be cached for good.
 */
export function versionRoute(ext: "csv" | "json"): { getStaticPaths: typeof published; GET: APIRoute } {
  return {
    getStaticPaths: published,
    GET: ({ params }) => {
      const versions = siteVersions();
      const [id, version] = [params.id!, Number(params.version)];
      return ext === "csv"
        ? new Response(versions.snapshot(id, version), { headers: { "content-type": "text/csv; charset=utf-8" } })
        : new Response(versions.snapshotJson(id, version), { headers: { "content-type": "application/json" } });
    },
  };
}
