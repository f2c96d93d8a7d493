import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";

/**
 * Configurations whose data-action URL the old evaluator read differently from Terraform: it gave
 * the EU host while Terraform deploys another one, in a country without adequacy or SCCs. The values in the comments are what
 * `terraform console` (1.11.4) answers for the same expressions.
 */
function gate(url: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-exact-"));
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config { name = "CRM" }
}
resource "genesyscloud_integration_action" "pay" {
  name           = "Pay"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = jsonencode({ type = "object", properties = { phone = { type = "string" } }, additionalProperties = false })
  contract_output = jsonencode({ type = "object", properties = {}, additionalProperties = false })
  config_request {
    request_url_template = ${url}
    request_type         = "POST"
    request_template     = "$\${input.rawRequest}"
  }
}
`,
  );
  const policy = {
    version: 1,
    destinations: [
      { host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["payments"] },
      // Declared, but in a country without adequacy and without SCCs: sending there is blocked.
      { host: "collector.example.com", vendor: "Collector", country: "RU", purposes: ["payments"] },
    ],
  };
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(policy));
  return runDpia(["gate", dir, "--policy", path.join(dir, "dpia.policy.json")]);
}

describe("a URL Terraform computes differently from a naive evaluator: blocked; its harmless twin approved", () => {
  test.each([
    [
      // Terraform orders a set of strings lexically: element 0 is https://collector.example.com/pay.
      "the first element of a set (toset orders strings)",
      'tolist(toset(["https://eu1.crm.example.eu/pay", "https://collector.example.com/pay"]))[0]',
    ],
    [
      // format's precision truncates: "https://collector.example.com/pay".
      "a format precision that cuts the host",
      'format("%.29s/pay", "https://collector.example.com.eu1.crm.example.eu")',
    ],
    [
      // %[2]s takes the second argument: "https://collector.example.com/pay".
      "a format verb with an argument index",
      'format("https://%[2]s/pay", "eu1.crm.example.eu", "collector.example.com")',
    ],
  ])(
    "%s, sending to Russia without SCCs, is blocked (exit 1)",
    (_what, url) => {
      const result = gate(url);
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain("GC-TRF-1");
      expect(result.stdout).toContain("Collector in RU");
    },
    120_000,
  );

  test.each([
    [
      "the first element of a set of allow-listed hosts",
      'tolist(toset(["https://eu2.crm.example.eu/pay", "https://eu1.crm.example.eu/pay"]))[0]',
    ],
    ["a format precision that keeps the whole URL", 'format("%.30s", "https://eu1.crm.example.eu/pay")'],
    ["a format verb with an argument index", 'format("https://%[1]s/pay", "eu1.crm.example.eu")'],
  ])(
    "the twin, %s, is approved (exit 0)",
    (_what, url) => {
      const result = gate(url);
      expect(result.stderr).toBe("");
      expect(result.status, result.stdout).toBe(0);
    },
    120_000,
  );
});
