import { configDefaults, defineConfig } from "vitest/config";

// The rule tests and the tests of how each family of resources is assessed call the engine
// in-process and share no state, as the mutation runs (vitest.mutate.config.mts) show: they share
// one module graph per worker instead of loading the pipeline again for each of their hundred
// files (a tenth of the time).
const ENGINE_ONLY = ["test/rules/**/*.test.ts", "test/dpia/resources/**/*.test.ts"];

export default defineConfig({
  test: {
    // One temporary folder per run, removed at its end (test/helpers/temp-root.ts).
    globalSetup: ["test/helpers/temp-root.ts"],
    // No developer's DPIA_REGISTER, DPIA_TRUST_ROOT, TF_VAR_* or colour setting reaches a test.
    setupFiles: ["test/helpers/setup-env.ts"],
    // A file still running after five minutes is named, so that a hang shows in a CI log's tail.
    reporters: ["default", "./test/helpers/still-running-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn `cdktf synth`; two cores, so keep workers to two.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "engine", include: ENGINE_ONLY, isolate: false } },
      {
        extends: true,
        test: { name: "tests", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...ENGINE_ONLY] },
      },
    ],
  },
});
