import { versionRoute } from "../../publish/version-route.ts";

// /data/<id>.v<N>.json: a published version, its rows typed.
const route = versionRoute("json");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
