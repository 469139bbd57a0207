import { oembedWidthRoute } from "../../../downloads/oembed-route.ts";

const route = oembedWidthRoute("en");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
