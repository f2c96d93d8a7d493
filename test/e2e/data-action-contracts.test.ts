import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const fixtures = path.resolve(__dirname, "../fixtures/real-contracts");

function gate(folder: string) {
  const register = path.join(tempDir("contracts-register-"), "register.db");
  return runDpia(["gate", folder, "--format", "json", "--register", register], { cwd: tempDir("contracts-cwd-") });
}

describe("data-action contracts as Genesys applies them, on Genesys's own modules", () => {
  test("an internal queue look-up action (public-api-get-queue-id-by-name-data-action-module) is Low and approved", () => {
    const run = gate(path.join(fixtures, "queue-id-by-name"));
    expect(run.status, run.stderr).toBe(0);
    const { dpias } = JSON.parse(run.stdout) as { dpias: Dpia[] };
    const action = dpias.find((dpia) =>
      dpia.resources.some(
        (resource) => resource.address === "module.get_queue_id_by_name.genesyscloud_integration_action.action",
      ),
    )!;
    expect(action.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(action.risk_assessment.overall_risk_score).toBe("Low");
    expect(action.data_flows.flatMap((flow) => flow.data_elements)).toEqual([]);
    expect(action.findings.map((finding) => finding.rule_id)).not.toContain("GC-FLW-5");
  }, 120_000);
});
