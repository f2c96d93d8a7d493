import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // No developer's DPIA_REGISTER, DPIA_TRUST_ROOT, TF_VAR_* or colour setting reaches a test.
    setupFiles: ["test/helpers/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn `cdktf synth`; two cores, so keep workers to two.
    maxWorkers: 2,
  },
});
