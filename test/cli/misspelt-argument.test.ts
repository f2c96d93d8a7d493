import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { gateExitCode } from "../../src/cli/commands/gate";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { tempDir } from "../helpers/stacks";

// Issue 23: a misspelt argument (cootract_input) hid the card fields of an action's input contract,
// and the gate approved a configuration that `terraform plan` refuses. Verdicts written first, as a
// data protection officer would judge them:
//   cootract_input carrying a card number: Terraform refuses it → exit 2 naming file, line, attribute.
//   contract_input carrying a card number to the CRM: a payment card leaves Genesys → blocked (1).
//   contract_input carrying a phone number to the reviewed EU CRM: approved (0).

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["caller look-up"] }],
};

function configuration(argument: string, field: string): string {
  const contract = JSON.stringify({
    type: "object",
    properties: { [field]: { type: "string" } },
    additionalProperties: false,
  });
  return `provider "genesyscloud" {
  aws_region = "eu-west-1"
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Lookup"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  ${argument} = ${JSON.stringify(contract)}
  contract_output = jsonencode({
    type       = "object"
    properties = { firstName = { type = "string" } }
  })
  config_request {
    request_type         = "POST"
    request_url_template = "https://crm.example.eu/lookup"
  }
}
`;
}

async function gate(tf: string): Promise<{ code: number; dir: string; output: string }> {
  const dir = tempDir("dpia-misspelt-");
  fs.writeFileSync(path.join(dir, "main.tf"), tf);
  const policy = path.join(dir, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(POLICY));
  let output = "";
  const code = await gateExitCode(
    dir,
    { policy, format: "text", register: path.join(dir, "register.db") },
    { stdout: (text) => (output += text), stderr: (text) => (output += text) },
  );
  return { code, dir, output };
}

describe("a misspelt argument is what Terraform makes of it: a refused configuration", () => {
  test(
    "cootract_input hiding a card number: exit 2 naming the file, the line and the attribute",
    async () => {
      const { code, dir, output } = await gate(configuration("cootract_input", "cardNumber"));
      expect(code).toBe(2);
      expect(output).toContain(
        `${path.join(dir, "main.tf")}: line 17, genesyscloud_integration_action.lookup.cootract_input: an argument or block this block has; "cootract_input" is not one (did you mean "contract_input"?)`,
      );
      expect(output).toContain(
        'genesyscloud_integration_action.lookup.contract_input: the required argument "contract_input"',
      );
    },
    IN_PROCESS,
  );

  test(
    "its correctly spelt twin is blocked: a card number flows to the CRM",
    async () => {
      const { code, output } = await gate(configuration("contract_input", "cardNumber"));
      expect(code).toBe(1);
      expect(output).toContain("GC-FLW-1");
    },
    IN_PROCESS,
  );

  test(
    "its harmless twin is approved: a phone number to the reviewed EU CRM",
    async () => {
      const { code } = await gate(configuration("contract_input", "phoneNumber"));
      expect(code).toBe(0);
    },
    IN_PROCESS,
  );
});
