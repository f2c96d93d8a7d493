import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn `cdktf synth`; two cores, so keep workers to two.
    maxWorkers: 2,
  },
});
