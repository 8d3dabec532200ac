import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
    // Random order on every run, files and the tests in them, so that no test leans on another
    // having run first. Vitest prints the seed ("Running tests with seed N"): replay an order
    // with `pnpm vitest run --sequence.seed=N`.
    sequence: { shuffle: true },
  },
});
