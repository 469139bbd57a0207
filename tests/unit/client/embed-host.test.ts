// The embed loader's host side (src/client/embed-host.ts), fed directly: the iframes it makes and
// recognises, which messages carry a height, and which frames may be resized. The browser tests
// (tests/site/embed-protocol.test.ts, embed-loader-fuzz.test.ts) drive the built /embed.js.
import { describe, expect, it } from "vitest";
import { MAX_HEIGHT, MIN_HEIGHT, embedSrc, frameOf, heightIn, isEmbedSrc, px } from "../../../src/client/embed-host.ts";
import { embedPages } from "../../../scripts/embed-loader.ts";
import { messagesFor } from "../../../src/client/embed-child.ts";
import { CHARTS } from "../../../src/charts/registry.ts";
import { absolute, paths } from "../../../src/publish/urls.ts";

const SITE = "https://graphics.example.org";
/** What the build puts into the loader. */
const PAGES = embedPages();

describe("embedSrc and isEmbedSrc: the embed URL contract as the loader gets it at build", () => {
  it("makes the address paths.embed spells, for every chart, edition and theme", () => {
    for (const { id } of CHARTS)
      for (const lang of ["en", "es"])
        for (const theme of ["dark", "auto"] as const) {
          expect(embedSrc(SITE, PAGES, id, lang, theme)).toBe(absolute(SITE, paths.embed(id, lang, theme)));
          expect(embedSrc(SITE, PAGES, id, lang)).toBe(absolute(SITE, paths.embed(id, lang)));
        }
  });

  it("passes only a known theme on (light, the default, too)", () => {
    expect(embedSrc(SITE, PAGES, "a", "es", "light")).toBe(`${SITE}/es/embed/a/?theme=light`);
    expect(embedSrc(SITE, PAGES, "a", "fr", "sepia")).toBe(`${SITE}/embed/a/`);
    expect(embedSrc(SITE, PAGES, "a", undefined, "dark&x=1")).toBe(`${SITE}/embed/a/`);
  });

  it("recognises the site's embed pages, made or pasted, and nothing else", () => {
    for (const { id } of CHARTS)
      for (const lang of ["en", "es"])
        expect(isEmbedSrc(SITE, PAGES, absolute(SITE, paths.embed(id, lang, "dark")))).toBe(true);
    expect(isEmbedSrc(SITE, PAGES, `${SITE}/embed/a/?childId=x`)).toBe(true);
    for (const src of [
      `${SITE}/`,
      `${SITE}/charts/`,
      `${SITE}/data/a.csv`,
      `https://evil.example/embed/a/`,
      `https://evil.example/?u=${SITE}/embed/a/`,
      `${SITE}.evil.example/embed/a/`,
      "",
      "about:blank",
    ])
      expect(isEmbedSrc(SITE, PAGES, src), src).toBe(false);
  });
});

describe("heightIn: the height a message carries", () => {
  it("reads every format an embed page posts", () => {
    for (const message of messagesFor("origin-share", 431, "pym-1"))
      expect(heightIn(message), JSON.stringify(message)).toBe(431);
  });

  it("reads numbers only, never converts", () => {
    const junk: unknown[] = [
      undefined,
      null,
      42,
      true,
      10n,
      "",
      "700",
      "pymxPYMxidxPYMxheightxPYMx",
      "pymxPYMxidxPYMxheightxPYMx-5",
      "pymxPYMxidxPYMxwidthxPYMx300",
      { sentinel: "amp", type: "embed-size", height: "700" },
      { sentinel: "amp", type: "embed-size", height: Infinity },
      { sentinel: "amp", type: "embed-size", height: Number.NaN },
      { sentinel: "amp", type: "embed-size", height: { valueOf: 1, toString: null } },
      { sentinel: "amp", type: "other", height: 700 },
      { sentinel: "pym", type: "embed-size", height: 700 },
      { height: 700 },
      { "datawrapper-height": "x" },
      { "datawrapper-height": 700 },
      { "datawrapper-height": null },
      { "datawrapper-height": { a: "700" } },
      { "datawrapper-height": new Map([["a", 700]]) },
      JSON.parse('{"__proto__": {"height": 5}, "sentinel": "amp", "type": "embed-size"}'),
      [700],
      new Date(700),
    ];
    for (const data of junk) expect(heightIn(data), String(data)).toBeUndefined();
  });

  it("passes any finite number on: clamping is px's job", () => {
    expect(heightIn({ sentinel: "amp", type: "embed-size", height: -3 })).toBe(-3);
    expect(heightIn({ "datawrapper-height": [12.5] })).toBe(12.5);
    expect(heightIn("pymxPYMxidxPYMxheightxPYMx99999999999999999999999")).toBe(1e23);
  });
});

describe("px: the CSS height the loader sets", () => {
  it(`rounds up and clamps to ${MIN_HEIGHT}-${MAX_HEIGHT} px`, () => {
    expect(px(431.2)).toBe("432px");
    expect(px(1)).toBe(`${MIN_HEIGHT}px`);
    expect(px(-1e308)).toBe(`${MIN_HEIGHT}px`);
    expect(px(1e9)).toBe(`${MAX_HEIGHT}px`);
  });
});

describe("frameOf: whose message it is", () => {
  const site = "https://graphics.example.org";
  const a = { contentWindow: { name: "a" } };
  const b = { contentWindow: { name: "b" } };
  const frames = () => [a, b];

  it("is the frame whose window sent it, from the site's origin", () => {
    expect(frameOf(site, b.contentWindow, site, frames)).toBe(b);
  });

  it("is none for another origin, even from one of our frames (it navigated away)", () => {
    expect(frameOf("https://evil.example", a.contentWindow, site, frames)).toBeUndefined();
    expect(frameOf("null", a.contentWindow, site, frames)).toBeUndefined();
  });

  it("is none for a window of the site's origin that is not one of our frames (or the host itself)", () => {
    expect(frameOf(site, { name: "a" }, site, frames)).toBeUndefined();
    expect(frameOf(site, null, site, frames)).toBeUndefined();
  });

  it("looks at the page's frames only for the site's origin", () => {
    let asked = 0;
    frameOf("https://evil.example", a.contentWindow, site, () => (asked++, [a]));
    expect(asked).toBe(0);
  });
});
