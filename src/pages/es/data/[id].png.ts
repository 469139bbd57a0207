import { imageRoute } from "../../../publish/image-route.ts";

// /es/data/<id>.png: the chart in Spanish.
const route = imageRoute("es", "png");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
