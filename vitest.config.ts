import { defineConfig } from "vitest/config";

// Two layers: `unit` needs only the sources (parser, schemas, derivations, bad-input builds), and
// holds each chart's own tests beside it (src/charts/<id>/<id>.test.ts, snapshots in its __snapshots__/);
// `site` reads the built dist/ and drives Debian's chromium, so it runs after `npm run build`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"], testTimeout: 60_000 } },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
