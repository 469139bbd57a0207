import type { APIRoute } from "astro";
import { chartImage, chartPaths } from "./rendered.ts";
import { svgToPng } from "./png.ts";
import type { ImageSize } from "./urls.ts";

/**
 * A route that serves every chart as an image (paths.image): the same few lines for each
 * edition, format and size, so each route file only says which one it is.
 */
export function imageRoute(
  lang: string,
  ext: "svg" | "png",
  size: ImageSize = "full",
): { getStaticPaths: typeof chartPaths; GET: APIRoute } {
  return {
    getStaticPaths: chartPaths,
    GET: ({ params }) => {
      const { svg, width } = chartImage(params.id!, lang, size);
      return ext === "svg"
        ? new Response(svg, { headers: { "content-type": "image/svg+xml" } })
        : new Response(new Uint8Array(svgToPng(svg, width)), { headers: { "content-type": "image/png" } });
    },
  };
}
