import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/publish/escape.ts";

// Text that looks like markup: it must come back as itself from an attribute and from content.
const TRICKY = [`<70%`, `&nbsp;`, `&quot;`, `"quoted" & 'single'`, `</title><script>x</script>`, `a > b`, ``];

describe("escapeXml", () => {
  it("escapes exactly the five XML characters", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(escapeXml("plain text, 70 % — ñ")).toBe("plain text, 70 % — ñ");
  });

  it("round-trips through an HTML parser, in an attribute and as element content", () => {
    for (const s of TRICKY) {
      const { document } = parseHTML(
        `<!doctype html><html><body><p title="${escapeXml(s)}">${escapeXml(s)}</p></body></html>`,
      );
      const p = document.querySelector("p")!;
      expect(p.getAttribute("title")).toBe(s);
      expect(p.textContent).toBe(s);
    }
  });
});
