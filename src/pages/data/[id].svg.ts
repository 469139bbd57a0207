import { imageRoute } from "../../publish/image-route.ts";

// /data/<id>.svg: the chart in English, widest artboard, standalone.
const route = imageRoute("en", "svg");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
