import { oembedWidthRoute } from "../../../publish/oembed-route.ts";

const route = oembedWidthRoute("en");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
