import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // browser and xelatex tests take seconds each; they run for real, not mocked
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
