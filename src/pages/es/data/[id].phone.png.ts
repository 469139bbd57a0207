import { imageRoute } from "../../../publish/image-route.ts";

// /es/data/<id>.phone.png: the narrowest Spanish artboard, for a no-script fallback.
const route = imageRoute("es", "png", "phone");
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
