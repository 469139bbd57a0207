import { versionRoute } from "../../publish/version-route.ts";

// /data/<id>.v<N>.csv: a published version, byte for byte.
const route = versionRoute("csv");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
