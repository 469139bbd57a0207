import { imageRoute } from "../../publish/image-route.ts";

// /data/<id>.phone.png: the narrowest artboard, for a no-script fallback on a phone.
const route = imageRoute("en", "png", "phone");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
