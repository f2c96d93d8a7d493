import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";

function gate(files: Record<string, string>, policy: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bypass-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(policy));
  return runDpia(["gate", dir, "--policy", path.join(dir, "dpia.policy.json")]);
}

const policy = {
  version: 1,
  destinations: [{ host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["payments"] }],
};

function action(url: string, contract: string, body = "$${input.rawRequest}") {
  return `
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config { name = "CRM" }
}
resource "genesyscloud_integration_action" "pay" {
  name           = "Pay"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = ${contract}
  contract_output = jsonencode({ type = "object", properties = {}, additionalProperties = false })
  config_request {
    request_url_template = "${url}"
    request_type         = "POST"
    request_template     = "${body}"
  }
}
`;
}

const closedPhone =
  'jsonencode({ type = "object", properties = { phone = { type = "string" } }, additionalProperties = false })';

describe("the CLI on .tf folders: each class of bypass is blocked, the honest configuration is approved", () => {
  test("baseline: a literal subdomain and a closed contract without card data is approved (exit 0)", () => {
    const result = gate({ "main.tf": action("https://eu1.crm.example.eu/pay", closedPhone) }, policy);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);

  test.each([
    ["a Velocity host label", "https://$input.tenant.crm.example.eu/pay", closedPhone],
    ["a silent formal reference in the host", "https://$!$${input.tenant}.crm.example.eu/pay", closedPhone],
    ["a #set variable in the host", "#set($t = $input.tenant)https://$t.crm.example.eu/pay", closedPhone],
    [
      "a German card field",
      "https://eu1.crm.example.eu/pay",
      'jsonencode({ type = "object", properties = { Kartennummer = { type = "string" } }, additionalProperties = false })',
    ],
    [
      "a card field behind a $ref",
      "https://eu1.crm.example.eu/pay",
      'jsonencode({ type = "object", properties = { p = { "$ref" = "#/definitions/card" } }, definitions = { card = { properties = { ccn = { type = "string" } } } }, additionalProperties = false })',
    ],
    [
      "a contract built with merge()",
      "https://eu1.crm.example.eu/pay",
      'jsonencode({ type = "object", properties = merge(local.extra, {}) })',
    ],
    [
      "a contract read from a missing file",
      "https://eu1.crm.example.eu/pay",
      'file("${"$"}{path.module}/missing.json")',
    ],
    // Issue 24: an open contract that declares its properties is its data (a flow passes only those);
    // one that declares nothing, forwarded whole, is unknown data and still blocks.
    [
      "a contract that declares nothing posted whole",
      "https://eu1.crm.example.eu/pay",
      'jsonencode({ type = "object" })',
    ],
  ])(
    "%s is blocked (exit 1)",
    (_what, url, contract) => {
      const files = {
        "main.tf": action(url, contract),
        "locals.tf": 'locals {\n  extra = { cardNumber = { type = "string" } }\n}\n',
      };
      const result = gate(files, policy);
      expect(result.status, result.stdout + result.stderr).toBe(1);
    },
    120_000,
  );

  test("a policy that lowers card numbers to Low risk is refused (exit 2) and names the entry", () => {
    const weakening = {
      ...policy,
      data_elements: [
        {
          id: "payment_card_pan",
          name: "PAN",
          source_api_endpoint: "",
          fields: [],
          regulatory_category: "payment_card",
          risk_level: "Low",
          default_retention_days: 0,
          encryption_required: true,
          data_subjects: "customers",
        },
      ],
    };
    const result = gate(
      {
        "main.tf": action(
          "https://eu1.crm.example.eu/pay",
          'jsonencode({ type = "object", properties = { cardNumber = { type = "string" } }, additionalProperties = false })',
        ),
      },
      weakening,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("data_elements[0].risk_level");
  }, 120_000);
});
