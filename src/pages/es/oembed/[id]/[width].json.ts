import { oembedWidthRoute } from "../../../../publish/oembed-route.ts";

const route = oembedWidthRoute("es");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
