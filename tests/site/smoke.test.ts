import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../support/built-site.ts";
import { loadStory } from "../../src/data/story.ts";

const story = loadStory();

const session = useBuiltSite();

describe("the built home page in chromium", () => {
  it("shows the seed's headline and fails on no console error or failed request", async () => {
    const page = await session.browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    const response = await page.goto(`${session.site.url}/`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe(story.article.headline.text);
    expect(await page.locator("article.story p.body").count()).toBe(story.article.paragraphs.length);
    expect(await page.locator("aside.record").count()).toBe(story.claims.length);
    expect(problems).toEqual([]);
    await page.close();
  });
});
