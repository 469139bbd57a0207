import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../support/built-site.ts";
import { watchPage } from "../support/page-watch.ts";
import { loadStory } from "../../src/data/story.ts";

const story = loadStory();

const session = useBuiltSite();

describe("the built home page in chromium", () => {
  it("shows the seed's headline and has no console error or warning, uncaught error, failed or off-site request", async () => {
    const page = await session.browser.newPage();
    const watch = watchPage(page, { allow: [session.site.url], console: ["error", "warning"] });
    const response = await page.goto(`${session.site.url}/`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe(story.article.headline.text);
    expect(await page.locator("article.story p.body").count()).toBe(story.article.paragraphs.length);
    expect(await page.locator("aside.record").count()).toBe(story.claims.length);
    watch.expectClean("/");
    await page.close();
  });
});
