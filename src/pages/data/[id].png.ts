import { imageRoute } from "../../publish/image-route.ts";

// /data/<id>.png: the chart in English, widest artboard, 2x.
const route = imageRoute("en", "png");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
