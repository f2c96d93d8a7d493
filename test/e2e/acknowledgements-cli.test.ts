import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const REASON = "Accepted by the DPO on 2026-03-02 after the vendor review, see ticket PRIV-12.";

const HCL = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}
resource "genesyscloud_integration" "pay" {
  integration_type = "custom-rest-actions"
  config {
    name = "Pay"
  }
}
resource "genesyscloud_integration_action" "take" {
  name            = "Take"
  category        = "Pay"
  integration_id  = genesyscloud_integration.pay.id
  secure          = true
  contract_input  = jsonencode({ type = "object", properties = { cardNumber = { type = "string" } } })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_type         = "POST"
    request_url_template = "https://psp.example.com/pay"
  }
}
`;

function project(acknowledgements: object[]): string {
  const dir = tempDir("ack-cli-");
  fs.mkdirSync(path.join(dir, "terraform"));
  fs.writeFileSync(path.join(dir, "terraform", "main.tf"), HCL);
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ version: 1, acknowledgements }));
  return dir;
}

function gateWith(acknowledgements: object[]) {
  const dir = project(acknowledgements);
  return runDpia(["gate", "terraform"], { cwd: dir, timeout: 240_000 });
}

describe("acknowledgements through the pipeline gate", () => {
  test("an acknowledgement of a Critical finding is refused: exit 2, naming the policy entry and the finding", () => {
    const { status, stdout, stderr } = gateWith([
      { address: "genesyscloud_integration_action.take", rule_id: "GC-FLW-1", reason: REASON, expires: "2099-01-31" },
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "dpia: dpia.policy.json: acknowledgements[0]: expected a non-blocking finding: GC-FLW-1 on genesyscloud_integration_action.take is Critical, at or above block_at Critical, and only a dual-signed exception can lift it (npx dpia exception request)\n",
    );
  }, 240_000);

  test("an acknowledged non-blocking finding is counted on the DPIA's line; the block by the Critical one stands", () => {
    const { status, stdout } = gateWith([
      { address: "genesyscloud_integration_action.take", rule_id: "GC-DST-1", reason: REASON, expires: "2099-01-31" },
    ]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^BLOCKED  Critical INT-pay-[0-9a-f]{6}  "Pay" \(\d+ findings, 1 acknowledged\)$/m);
  }, 240_000);

  test("a policy acknowledgement that matches no finding is named in a warning", async () => {
    const dir = project([
      { address: "genesyscloud_integration_action.tkae", rule_id: "GC-DST-1", reason: REASON, expires: "2099-01-31" },
    ]);
    const { report, output } = await runGate(path.join(dir, "terraform"), {
      format: "text",
      policy: path.join(dir, "dpia.policy.json"),
    });
    const warning = `${path.join(dir, "dpia.policy.json")}: acknowledgements[0]: acknowledges GC-DST-1 on genesyscloud_integration_action.tkae, which has no such finding; remove it or correct the address or rule id`;
    expect(report.warnings).toContain(warning);
    expect(output).toContain(`warning: ${warning}`);
  }, 120_000);
});
