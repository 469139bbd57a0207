import { oembedRoute } from "../../../publish/oembed-route.ts";

const route = oembedRoute("es");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
