import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson as catalogVersionJson } from "../../helpers/assess-config";

// With the provider version the schema covers, the readers refuse an attribute the schema lacks
// (exit 2, test/inventory/schema-check); this finding is what remains when the configuration
// requires a newer provider, which may have added the attribute.
const terraformJson = (...args: Parameters<typeof catalogVersionJson>) => ({
  ...catalogVersionJson(...args),
  terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version: ">= 1.90.0" } } },
});

describe("GC-UNK-4 AttributesInProviderSchema: every attribute of a known type is in the provider's schema (a newer provider)", () => {
  const card = JSON.stringify({
    type: "object",
    properties: { cardNumber: { type: "string" } },
    additionalProperties: false,
  });
  const action = (body: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: [{ name: "CRM" }] } },
      genesyscloud_integration_action: {
        lookup: {
          name: "Lookup",
          category: "CRM",
          integration_id: "${genesyscloud_integration.crm.id}",
          contract_output: card,
          config_request: [{ request_type: "POST", request_url_template: "https://crm.example.eu/cards" }],
          ...body,
        },
      },
    });

  test("Noncompliance: a misspelt contract (contracd_input) is named, High, instead of reading as an action without a contract", () => {
    // Alone, the misspelling leaves the required contract_input out: exit 2, whatever the provider version.
    expect(() => findingsOf(action({ contracd_input: card }), "GC-UNK-4")).toThrow(
      'genesyscloud_integration_action.lookup.contract_input: the required argument "contract_input"',
    );
    const findings = findingsOf(action({ contract_input: card, contracd_input: card }), "GC-UNK-4");
    expect(findings.map((finding) => [finding.severity, finding.resource, finding.attribute])).toEqual([
      ["High", "genesyscloud_integration_action.lookup", "contracd_input"],
    ]);
  });

  test("Noncompliance: an attribute inside a nested block is named with its path", () => {
    const findings = findingsOf(
      action({
        contract_input: card,
        config_request: [
          {
            request_type: "POST",
            request_url_template: "https://crm.example.eu/cards",
            request_templat: "${input.rawRequest}",
          },
        ],
      }),
      "GC-UNK-4",
    );
    expect(findings.map((finding) => finding.attribute)).toEqual(["config_request[0].request_templat"]);
  });

  test("Compliance: a JSON comment key inside a nested block, which terraform validate accepts (h89)", () => {
    expect(
      findingsOf(
        action({
          contract_input: card,
          config_request: [
            {
              "//": "the CRM's card vault",
              request_type: "POST",
              request_url_template: "https://crm.example.eu/cards",
            },
          ],
        }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
  });

  test("Compliance: the provider's own attributes and Terraform's meta-arguments", () => {
    expect(
      findingsOf(
        action({ contract_input: card, secure: true, depends_on: ["genesyscloud_integration.crm"] }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
  });
});

describe("GC-UNK-4 AttributesInProviderSchema: nested blocks and Terraform's own keys", () => {
  const integration = (body: Record<string, unknown>) =>
    terraformJson({ genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", ...body } } });
  test("Noncompliance: a misspelt key inside a nested block is named with its index", () => {
    expect(
      findingsOf(integration({ config: [{ name: "CRM", notez: "x" }] }), "GC-UNK-4").map(
        (finding) => finding.attribute,
      ),
    ).toEqual(["config[0].notez"]);
    expect(
      findingsOf(integration({ config: { name: "CRM", notez: "x" } }), "GC-UNK-4").map((finding) => finding.attribute),
    ).toEqual(["config[0].notez"]);
  });
  test("Noncompliance: Terraform's own keys are only Terraform's at the top of a resource", () => {
    expect(
      findingsOf(integration({ config: [{ name: "CRM", count: 1 }] }), "GC-UNK-4").map((finding) => finding.attribute),
    ).toEqual(["config[0].count"]);
  });
  test("Noncompliance: the message names the type and the provider version", () => {
    expect(shown(integration({ intgration_type: "x" }), "GC-UNK-4")).toEqual([
      [
        "intgration_type",
        "intgration_type is not an attribute of genesyscloud_integration in provider 1.84.1: Terraform refuses it with that provider, or a newer provider added it and it is not assessed",
      ],
    ]);
  });
  test("Compliance: Terraform's keys at the top, another provider's resource", () => {
    expect(
      findingsOf(
        integration({ config: [{ name: "CRM" }], count: 1, lifecycle: { prevent_destroy: true } }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_integration: { crm: { integration_type: "custom-rest-actions" } },
          aws_s3_bucket: { b: { bucket: "x", anything: 1 } },
        }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
  });
});
