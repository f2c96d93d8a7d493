import * as path from "node:path";
import { expect, test } from "vitest";
import { run } from "./helpers/run-cli";

const repo = path.resolve(__dirname, "..");

// Every fixture, example and corpus folder, and the provider docs' example of every resource type,
// through the real CLI and the real cdktf synth: the DPIAs and exit codes are those in test/golden.
// A change that means to alter them runs `npm run golden -- --update` and commits the reviewed diff.
test("the DPIAs and exit codes of every real input are those in test/golden", () => {
  const result = run(
    process.execPath,
    [path.join(repo, "node_modules", "tsx", "dist", "cli.mjs"), path.join(repo, "scripts", "golden-dpias.ts")],
    { timeout: 600_000 },
  );
  expect(result.stdout + result.stderr).toMatch(/^identical: \d+ files/m);
  expect(result.status).toBe(0);
}, 660_000);
