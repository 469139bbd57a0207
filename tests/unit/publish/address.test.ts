// A deploy build needs the public address: without it (or with one that cannot be published)
// `npm run build` stops before doing anything, with one line that says how to set it.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/paths.ts";
import { deployAddressProblem, isPreview } from "../../../src/publish/urls.ts";

const CASES = [
  { name: "no address", site: undefined, says: "STORY_SITE is not set" },
  { name: "an empty address", site: "", says: "STORY_SITE is not set" },
  { name: "http", site: "http://graphics.example.org", says: "is not https" },
  { name: "localhost", site: "https://localhost:4321", says: "is this machine" },
  { name: "a loopback IP", site: "https://127.0.0.1", says: "is this machine" },
  { name: "a .localhost name", site: "https://app.localhost", says: "is this machine" },
  { name: "an IPv4-mapped loopback", site: "https://[::ffff:127.0.0.1]", says: "is this machine" },
  { name: "a private network address", site: "https://192.168.1.5", says: "private network" },
  { name: "a .local name", site: "https://graphics.local", says: "private network" },
  { name: "a password", site: "https://:pw@graphics.example.org", says: "origin only" },
  { name: "http on this machine", site: "http://localhost:8080", says: "npm start builds a local preview" },
  { name: "a path", site: "https://example.org/graphics/", says: "origin only" },
  { name: "not an address", site: "graphics.example.org", says: "is not an address" },
];

describe("npm run build without a publishable address", () => {
  for (const c of CASES) {
    it(`${c.name}: stops with one line naming STORY_SITE and writes no dist/`, () => {
      const out = join(ROOT, "tests", ".tmp", `address-${process.pid}`);
      rmSync(out, { recursive: true, force: true });
      const env: Record<string, string | undefined> = { ...process.env, STORY_OUT_DIR: out };
      if (c.site === undefined) delete env["STORY_SITE"];
      else env["STORY_SITE"] = c.site;
      const run = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, encoding: "utf8", env });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(c.says);
      expect(lines[0]).toContain("STORY_SITE=https://");
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);
    });
  }
});

describe("the address rules", () => {
  it("accept a public https origin", () => {
    expect(deployAddressProblem("https://graphics.example.org")).toBeNull();
    expect(deployAddressProblem("https://graphics.example.org/")).toBeNull();
  });
  it("call a loopback address a preview, and a public one not", () => {
    expect(isPreview("http://localhost:4321")).toBe(true);
    expect(isPreview("http://127.0.0.1:8080")).toBe(true);
    expect(isPreview("https://graphics.example.org")).toBe(false);
  });
});
