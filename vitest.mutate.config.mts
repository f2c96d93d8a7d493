import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant: the in-process ones. End-to-end tests spawn
// `cdktf synth` and the CLI, whose coverage Stryker cannot see, and the corpus sits outside
// Stryker's sandbox; both run in `npm test`.
//
// `npm run mutate` (scripts/mutate.ts) mutates one folder at a time and names it in
// DPIA_MUTATE_FOLDER: its mutants then meet that folder's own tests; rules and assess also the
// flow tests; rules and classify also the tests of how each family of resources is assessed
// (test/dpia/resources); classify also the rule tests; assess also the rule test that reaches its
// Art. 10 mitigation. Classification and assessment run under every test of the engine, so
// without this each surviving mutant there would run all thousand tests (Stryker estimated nine
// hours); a folder's score is then a lower bound (fewer tests can only kill fewer mutants).
const TESTS_OF_FOLDER: Record<string, string[]> = {
  rules: ["test/rules/**/*.test.ts", "test/dpia/resources/**/*.test.ts", "test/flows/**/*.test.ts"],
  // The rule tests classify the resources they assess and the flow tests run the Velocity reader:
  // without them src/classify/resources and velocity.ts would have no coverage at all.
  classify: [
    "test/classify/**/*.test.ts",
    "test/rules/**/*.test.ts",
    "test/dpia/resources/**/*.test.ts",
    "test/flows/**/*.test.ts",
  ],
  assess: [
    "test/assess/**/*.test.ts",
    "test/flows/**/*.test.ts",
    "test/rules/flow/SensitiveDataStaysInGenesys.test.ts",
  ],
  exceptions: ["test/exceptions/**/*.test.ts"],
};
const folder = process.env.DPIA_MUTATE_FOLDER;
if (folder !== undefined && !(folder in TESTS_OF_FOLDER))
  throw new Error(`DPIA_MUTATE_FOLDER: one of ${Object.keys(TESTS_OF_FOLDER).join(", ")}`);

export default defineConfig({
  test: {
    include: folder ? TESTS_OF_FOLDER[folder] : [...new Set(Object.values(TESTS_OF_FOLDER).flat())],
    exclude: [
      "test/assess/volume-corpus.test.ts",
      "test/rules/registry.test.ts",
      "test/exceptions/exceptions-log.test.ts",
      "test/**/*.property.test.ts",
    ],
    globalSetup: ["test/helpers/temp-root.ts"],
    setupFiles: ["test/helpers/setup-env.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    // Stryker switches mutants at run time, so test files can share one module graph: every
    // mutant run then skips re-importing the pipeline per file (half the time of a run here).
    isolate: false,
  },
});
