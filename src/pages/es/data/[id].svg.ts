import { imageRoute } from "../../../publish/image-route.ts";

// /es/data/<id>.svg: the chart in Spanish, standalone.
const route = imageRoute("es", "svg");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
