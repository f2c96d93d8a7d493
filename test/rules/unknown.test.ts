import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { tempDir } from "../helpers/stacks";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { assess, dpiaFor, FIXED_NOW, findingsOf, terraformJson } from "../helpers/assess-config";

describe("GC-UNK-1 ResourceTypeRecognised: every Genesys resource type is in the catalog", () => {
  test("Noncompliance: an unknown type posting to an unknown host is named and blocks", () => {
    const config = terraformJson({
      genesyscloud_conversations_messaging_brand_new: {
        hook: { name: "Hook", outbound: [{ url: "https://collector.evil.example/hook" }] },
      },
    });
    const findings = findingsOf(config, "GC-UNK-1");
    expect(findings.map((finding) => [finding.severity, finding.resource])).toEqual([
      ["High", "genesyscloud_conversations_messaging_brand_new.hook"],
    ]);
    const dpia = dpiaFor(config, "genesyscloud_conversations_messaging_brand_new.hook");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.data_flows.map((flow) => [flow.destination_host, flow.data_elements])).toEqual([
      ["collector.evil.example", ["unknown_data"]],
    ]);
  });
  test("Noncompliance: an unknown type without URLs is still a High finding, never silence", () => {
    const result = assess(terraformJson({ genesyscloud_quiet_newcomer: { x: { name: "X" } } }));
    expect(result.dpias).toHaveLength(1);
    expect(result.dpias[0]!.risk_assessment.overall_risk_score).toBe("High");
  });
  test("Noncompliance: URLs hidden in a JSON string, without a scheme, or as an email address are destinations too", () => {
    const config = terraformJson({
      genesyscloud_brand_new_exporter: {
        x: {
          settings: JSON.stringify({ target: { webhook: "https://hidden.evil.example/in" } }),
          mirror: "mirror.evil.example/collect",
          notify: "ops@evil-mail.example",
        },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_brand_new_exporter.x");
    expect(dpia.data_flows.map((flow) => flow.destination_host).sort()).toEqual([
      "evil-mail.example",
      "hidden.evil.example",
      "mirror.evil.example",
    ]);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Compliance: catalogued types", () => {
    expect(
      findingsOf(terraformJson({ genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } }), "GC-UNK-1"),
    ).toEqual([]);
  });
});

describe("GC-UNK-2 SecretAttributesNotLiteral: catalogued secret attributes are not literal", () => {
  // A type only the catalog knows, so that no dedicated assessment of it can take over the test.
  const policy = applyPolicy(undefined);
  const catalog = {
    ...policy.catalog,
    resourceTypes: {
      ...policy.catalog.resourceTypes,
      resource_types: {
        ...policy.catalog.resourceTypes.resource_types,
        genesyscloud_test_vault: {
          relevance: "high" as const,
          why: "Holds a token for a third party.",
          destination_attributes: [],
          personal_data_attributes: [],
          secret_attributes: ["auth.api_token"],
          data_categories: ["credentials"],
        },
        genesyscloud_test_person: {
          relevance: "high" as const,
          why: "A person's record kept in code.",
          destination_attributes: [],
          personal_data_attributes: [{ path: "name", element: "contact_pii" }],
          secret_attributes: [],
          data_categories: ["contact_pii"],
        },
      },
    },
  };
  const findings = (body: Record<string, unknown>) => {
    const inventory = readTerraformJson(terraformJson({ genesyscloud_test_vault: { v: body } }), {
      scope: "test",
      origin: "test",
    });
    return assessInventory(inventory, { policy: { ...policy, catalog }, now: FIXED_NOW })
      .dpias.flatMap((dpia) => dpia.findings)
      .filter((finding) => finding.rule_id === "GC-UNK-2");
  };
  test("Noncompliance: a literal token in a block of a type assessed from the catalog", () => {
    const found = findings({ auth: [{ api_token: "EAAGliteraltoken" }] });
    expect(found.map((finding) => finding.attribute)).toEqual(["auth.api_token"]);
    expect(JSON.stringify(found)).not.toContain("EAAGliteraltoken");
  });
  test("a name the catalog calls personal data is never printed in the DPIA", () => {
    const inventory = readTerraformJson(terraformJson({ genesyscloud_test_person: { p: { name: "Jane Doe" } } }), {
      scope: "test",
      origin: "test",
    });
    const dpias = assessInventory(inventory, { policy: { ...policy, catalog }, now: FIXED_NOW }).dpias;
    expect(dpias).toHaveLength(1);
    expect(JSON.stringify(dpias)).not.toContain("Jane Doe");
  });
  test("Compliance: the token from a variable; a credential's fields are left to GC-INT-2", () => {
    expect(findings({ auth: [{ api_token: "${var.token}" }] })).toEqual([]);
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_integration_credential: {
            spare: { name: "Spare", credential_type_name: "basicAuth", fields: { password: "hunter2hunter2" } },
          },
        }),
        "GC-UNK-2",
      ),
    ).toEqual([]);
  });
});

describe("types without a dedicated assessment are assessed from the catalog", () => {
  test("only a configuration whose every resource is rated none gives 0 DPIAs", () => {
    expect(
      assess(
        terraformJson(
          {
            genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } },
            genesyscloud_routing_skill: { s: { name: "French" } },
          },
          null,
        ),
      ).dpias,
    ).toEqual([]);
  });
  test("a catalogued type's destination attribute becomes a flow to that host, and an expression an unknown destination", () => {
    const organization = (url: string) =>
      terraformJson({
        genesyscloud_externalcontacts_organization: { acme: { name: "Acme", external_data_sources: [{ url }] } },
      });
    const named = dpiaFor(
      organization("https://crm.partner.example/orgs/1"),
      "genesyscloud_externalcontacts_organization.acme",
    );
    expect(named.data_flows.map((flow) => [flow.destination_kind, flow.destination_host])).toEqual([
      ["third_party", "crm.partner.example"],
    ]);
    const hidden = dpiaFor(organization("${var.crm_url}"), "genesyscloud_externalcontacts_organization.acme");
    expect(hidden.data_flows.map((flow) => flow.destination_kind)).toEqual(["unknown"]);
  });
});

describe("GC-UNK-3 ProviderVersionInCatalog: the required provider is not newer than the catalog", () => {
  const withVersion = (
    version: string,
    resources = { genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } },
  ) => ({
    terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version } } },
    ...terraformJson(resources),
  });
  test("Noncompliance: a pinned newer version, even in a folder of none-rated types", () => {
    const result = assess(withVersion("1.90.0"));
    expect(result.dpias).toHaveLength(1);
    const findings = result.dpias[0]!.findings.filter((finding) => finding.rule_id === "GC-UNK-3");
    expect(findings.map((finding) => finding.message)).toEqual([
      "the configuration requires provider 1.90.0, newer than the 1.84.1 the catalog was made for",
    ]);
  });
  test("Noncompliance: a lower bound above the catalog, and a constraint that cannot be read", () => {
    expect(findingsOf(withVersion(">= 1.85.0, < 2.0.0"), "GC-UNK-3")).toHaveLength(1);
    expect(findingsOf(withVersion("> 1.84.1"), "GC-UNK-3")).toHaveLength(1);
    expect(findingsOf(withVersion("latest please"), "GC-UNK-3")[0]!.message).toContain("cannot be read");
  });
  test("Compliance: the catalog's version, or a constraint it satisfies", () => {
    expect(findingsOf(withVersion("1.84.1"), "GC-UNK-3")).toEqual([]);
    expect(findingsOf(withVersion("~> 1.80"), "GC-UNK-3")).toEqual([]);
    expect(findingsOf(withVersion(">= 1.60.0"), "GC-UNK-3")).toEqual([]);
  });
});

describe("an unknown type with binary values cannot be assessed", () => {
  test("the gate stops with exit 2 naming the file and the attribute, and without printing the value", async () => {
    const dir = tempDir("unknown-binary-");
    const file = path.join(dir, "main.tf.json");
    fs.writeFileSync(
      file,
      JSON.stringify(terraformJson({ genesyscloud_brand_new: { x: { blob: "PK\u0003\u0004secret\u0000payload" } } })),
    );
    fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
    const error = await runGate(file, { format: "json", policy: path.join(dir, "none.json") }).catch(
      (problem: Error) => problem,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("InputError");
    expect((error as Error).message).toContain("genesyscloud_brand_new.x.blob");
    expect((error as Error).message).not.toContain("secret");
  }, 60_000);
});

describe("GC-UNK-4 AttributesInProviderSchema: every attribute of a known type is in the provider's schema", () => {
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
          config_request: [{ request_type: "POST", request_url_template: "https://crm.example.eu/cards" }],
          ...body,
        },
      },
    });

  test("Noncompliance: a misspelt contract (contracd_input) is named, High, instead of reading as an action without a contract", () => {
    const findings = findingsOf(action({ contracd_input: card }), "GC-UNK-4");
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

  test("Compliance: the provider's own attributes and Terraform's meta-arguments", () => {
    expect(
      findingsOf(
        action({ contract_input: card, secure: true, depends_on: ["genesyscloud_integration.crm"] }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
  });
});
