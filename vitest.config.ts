import { defineConfig } from "vitest/config";

// The extractor's tests only read files and call pure stages, so they share one
// module graph (no isolation): loading the extractor again for each of its
// hundred test files cost more than running them.
const extractorTests = ["test/extract/**/*.test.ts", "test/parse/**/*.test.ts"];

export default defineConfig({
  test: {
    // browser and xelatex tests take seconds each; they run for real, not mocked
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "extractor", include: extractorTests, isolate: false } },
      { extends: true, test: { name: "pipeline", include: ["test/**/*.test.ts"], exclude: extractorTests } },
    ],
  },
});
