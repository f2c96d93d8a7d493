import { describe, expect, test } from "vitest";
import { applyPolicy } from "../../../src/policy/load-policy";
import { readTerraformJson } from "../../../src/inventory/read-terraform-json";
import { findingsOf, FIXED_NOW, terraformJson } from "../../helpers/assess-config";
import { assessInventory } from "../../../src/dpia/assess-inventory";

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
