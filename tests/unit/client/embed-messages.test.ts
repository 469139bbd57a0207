import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor, wordpressHeight, wordpressSecret } from "../../../src/client/embed-child.ts";
import { ROOT } from "../../support/paths.ts";
import { buildEmbedLoader } from "../../../scripts/embed-loader.ts";

describe("messagesFor: the height messages an embed page posts to its host", () => {
  it("posts AMP, Datawrapper and Pym formats, exactly", () => {
    expect(messagesFor("origin-share", 431)).toEqual([
      { sentinel: "amp", type: "embed-size", height: 431 },
      { "datawrapper-height": { "origin-share": 431 } },
      "pymxPYMxorigin-sharexPYMxheightxPYMx431",
    ]);
  });

  it("uses the host's Pym id (?childId=) in the Pym string only", () => {
    expect(messagesFor("flow-map", 1200, "pym-7")).toEqual([
      { sentinel: "amp", type: "embed-size", height: 1200 },
      { "datawrapper-height": { "flow-map": 1200 } },
      "pymxPYMxpym-7xPYMxheightxPYMx1200",
    ]);
  });

  it("sends plain data that survives structured cloning unchanged", () => {
    const messages = messagesFor("flow-map", 50);
    expect(structuredClone(messages)).toEqual(messages);
    const [amp, dw] = messages as [{ height: unknown }, Record<string, Record<string, unknown>>];
    expect(typeof amp.height).toBe("number");
    expect(Object.keys(dw)).toEqual(["datawrapper-height"]);
  });
});

describe("WordPress's embed protocol", () => {
  it("reads the secret WordPress puts in the URL fragment", () => {
    expect(wordpressSecret("#?secret=Ab3dEf7hIj")).toBe("Ab3dEf7hIj");
    expect(wordpressSecret("#?foo=1&secret=x9")).toBe("x9"); // wp-embed.js's own secrets can be shorter
    expect(wordpressSecret("")).toBeUndefined();
    expect(wordpressSecret("#chart")).toBeUndefined();
    expect(wordpressSecret("#?secret=")).toBeUndefined();
    expect(wordpressSecret('#?secret="><x')).toBeUndefined();
  });

  it("posts the height in the shape wp-embed.js reads", () => {
    expect(wordpressHeight(812, "Ab3dEf7hIj")).toEqual({ message: "height", value: 812, secret: "Ab3dEf7hIj" });
  });
});

describe("/embed.js, as scripts/build.mjs builds it from src/client/embed-loader.ts", () => {
  let source: Buffer;
  beforeAll(async () => {
    source = Buffer.from(await buildEmbedLoader(ROOT));
  });

  it("fits the 1 KB gzip budget (zlib level 9)", () => {
    const size = gzipSync(source, { level: 9 }).length;
    expect(size, `embed.js is ${size} bytes gzipped`).toBeLessThanOrEqual(1024);
  });

  it("hard-codes no origin: it derives the site from its own script URL", () => {
    expect(source.toString("utf8")).not.toMatch(/https?:\/\//);
  });

  it("is the same bytes at every build", async () => {
    expect(Buffer.from(await buildEmbedLoader(ROOT)).equals(source)).toBe(true);
  });
});
