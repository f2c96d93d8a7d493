import * as fs from "node:fs";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { tempDir } from "../helpers/stacks";
import { checkout, type Verdict } from "./ci-fixtures";
import { ciEnv, runStep, scriptFile } from "./ci-tools";

/**
 * The seed's pipeline step: the gate's JSON, `jq -r '.compliance_status'`, and the deployment only when
 * it reads APPROVED_FOR_DEPLOYMENT. The filter and the value are the seed's, verbatim; the lines around
 * them are a plain POSIX step, run as Jenkins runs `sh` (sh -xe, dash) and with no pipefail, so that
 * only the JSON decides: the gate's exit code is lost in the pipe on purpose.
 */
const SEED_STEP = `status=$(npx dpia gate terraform/plan.json --format json | jq -r '.compliance_status')
echo "compliance_status: $status"
if [ "$status" != "APPROVED_FOR_DEPLOYMENT" ]; then
  echo "Deployment blocked by the DPIA gate" >&2
  exit 1
fi
terraform apply -input=false tfplan
`;

function seedStep(verdict: Verdict, prepare = "terraform show -json tfplan > terraform/plan.json\n") {
  const { dir, env, terraformLog } = checkout(verdict);
  const register = `${tempDir("ci-seed-register-")}/register.db`;
  const stepEnv = ciEnv({ ...env, DPIA_REGISTER: register });
  expect(runStep("sh", ["-xe", scriptFile("npm ci\n")], dir, stepEnv).status).toBe(0);
  const result = runStep("sh", ["-xe", scriptFile(prepare + SEED_STEP)], dir, stepEnv);
  return { ...result, applied: fs.readFileSync(terraformLog, "utf8").includes("applied") };
}

describe("the seed's step `jq -r '.compliance_status'` on dpia gate --format json", () => {
  test(
    "an approved plan reads APPROVED_FOR_DEPLOYMENT and deploys",
    () => {
      const run = seedStep("approved");
      expect(run.output).toContain("compliance_status: APPROVED_FOR_DEPLOYMENT");
      expect(run.status, run.output).toBe(0);
      expect(run.applied).toBe(true);
    },
    CLI,
  );

  test(
    "a blocked plan reads BLOCKED_FOR_DEPLOYMENT, fails the step and deploys nothing",
    () => {
      const run = seedStep("blocked");
      expect(run.output).toContain("compliance_status: BLOCKED_FOR_DEPLOYMENT");
      expect(run.status).toBe(1);
      expect(run.applied).toBe(false);
    },
    CLI,
  );

  test(
    "a run that could not assess (an unreadable plan) is never read as an approval, and nothing is read as null",
    () => {
      const run = seedStep("approved", 'echo \'{"format_version": "9.0"}\' > terraform/plan.json\n');
      expect(run.output).toContain("compliance_status: BLOCKED_FOR_DEPLOYMENT");
      expect(run.output).not.toContain("compliance_status: null");
      expect(run.output).not.toContain("internal error");
      expect(run.status).toBe(1);
      expect(run.applied).toBe(false);
    },
    CLI,
  );
});
