// The host side of the embed protocol, for the embed loader (embed-loader.ts): which iframes are
// the site's embeds, and what a message from one of them says. Pure, so a unit test can feed it
// anything; the loader runs on other newsrooms' pages, so none of these functions may throw,
// whatever a window posts.

/**
 * A chart's embed page per edition, with ID where the chart id goes: `paths.embed(ID, lang)` of the
 * URL contract (src/publish/urls.ts). Browser code imports no build module, so the build puts
 * them into the loader (scripts/embed-loader.ts); the loader spells no public path itself.
 */
export interface EmbedPages {
  en: string;
  es: string;
  /** The loader's own path (`paths.loader()`), to find its script element in an old browser. */
  loader: string;
  /** The query parameter that asks an embed page for a theme (`THEME_PARAM`). */
  theme: string;
}
export const ID = "{id}";

/** The address of a chart's embed page on the site: Spanish with lang "es", a known theme as ?theme= (light too). */
export const embedSrc = (site: string, pages: EmbedPages, id: string, lang?: string, theme = ""): string =>
  site +
  (lang == "es" ? pages.es : pages.en).replace(ID, id) +
  (/^(light|dark|auto)$/.test(theme) ? "?" + pages.theme + "=" + theme : "");

/** Whether a URL is an embed page of the site, in either edition (made by the loader, or pasted by hand with a query). */
export const isEmbedSrc = (site: string, pages: EmbedPages, src: string): boolean =>
  [pages.en, pages.es].some((page) => !src.indexOf(site + page.split(ID)[0]));

/** The smallest and largest height (px) the loader ever gives an iframe. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10_000;

/** A CSS height for a height in px: rounded up and clamped to MIN_HEIGHT-MAX_HEIGHT. */
export const px = (height: number): string => Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) + "px";

/** Pym.js's height message: "pymxPYMx<id>xPYMxheightxPYMx<digits>". */
const PYM_HEIGHT = /^pymxPYMx.+xPYMxheightxPYMx(\d+)$/;

/**
 * The height a message carries, in any of the formats an embed page posts (src/client/
 * embed-child.ts, messagesFor): AMP `{sentinel: "amp", type: "embed-size", height}`, Datawrapper
 * `{"datawrapper-height": {<id>: height}}` or Pym's string. Only a finite number counts: values
 * are read, never converted (a string "700" or an object with a toString is no height).
 */
export function heightIn(data: unknown): number | undefined {
  let height: unknown;
  if (data && typeof data == "object") {
    const message = data as Record<string, unknown>;
    const datawrapper = message["datawrapper-height"];
    height =
      message["sentinel"] === "amp" && message["type"] === "embed-size"
        ? message["height"]
        : // Object.values never throws on a non-null value (a string gives its characters).
          datawrapper && Object.values(datawrapper)[0];
  } else if (typeof data == "string") {
    height = Number((PYM_HEIGHT.exec(data) || [])[1]); // no match: NaN
  }
  return typeof height == "number" && isFinite(height) ? height : undefined;
}

/**
 * The frame a message came from, if it is one the loader may resize: the message's origin must
 * be the chart site's, and its source the window of one of the given iframes. Both checks: the
 * origin alone would let any page of the site (or a site frame that is not ours) resize, and the
 * source alone would trust one of our iframes after it navigated elsewhere. `frames` lists the
 * iframes of the site's embed pages now on the page.
 */
export function frameOf<F extends { contentWindow: unknown }>(
  origin: string,
  source: unknown,
  site: string,
  frames: () => F[],
): F | undefined {
  // frames() queries the page: only for a message from the site's origin.
  return origin == site ? frames().find((f) => f.contentWindow == source) : undefined;
}
