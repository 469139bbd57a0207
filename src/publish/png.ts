import { Resvg } from "@resvg/resvg-js";
import { join } from "node:path";

/** Fonts shipped in the repo (fonts/), so PNGs look the same on every machine and need no network. */
const FONT_DIR = join(process.cwd(), "fonts");
const FONTS = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"].map((f) =>
  join(FONT_DIR, f),
);

/** Renders a standalone SVG to PNG at 2x (sharp on high-density screens and in social cards). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Liberation Sans" },
  });
  return resvg.render().asPng();
}
