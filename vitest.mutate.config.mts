import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant: the in-process ones. End-to-end tests spawn
// `cdktf synth` and the CLI, whose coverage Stryker cannot see, and the corpus sits outside
// Stryker's sandbox; both run in `npm test`.
export default defineConfig({
  test: {
    include: ["test/rules/**/*.test.ts", "test/exceptions/**/*.test.ts", "test/assess/**/*.test.ts", "test/classify/**/*.test.ts", "test/flows/**/*.test.ts"],
    exclude: ["test/assess/volume.test.ts", "test/rules/registry.test.ts", "test/exceptions/exceptions-log.test.ts", "test/**/*.property.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
  },
});
