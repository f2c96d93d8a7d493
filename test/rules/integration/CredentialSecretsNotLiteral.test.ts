import { describe, expect, test } from "vitest";
import { findingsOf, ref, terraformJson } from "../../helpers/assess-config";
import { integration } from "../../helpers/rules/integration";

describe("GC-INT-2 CredentialSecretsNotLiteral: credential secrets are not literal", () => {
  const withCredential = (fields: Record<string, string>) =>
    terraformJson({
      ...integration({
        integration_type: "custom-rest-actions",
        config: { name: "CRM", credentials: { basicAuth: ref("genesyscloud_integration_credential.crm") } },
      }),
      genesyscloud_integration_credential: { crm: { name: "CRM", credential_type_name: "basicAuth", fields } },
    });
  test("Noncompliance: a literal password", () => {
    const findings = findingsOf(withCredential({ userName: "svc", password: "Winter2026!" }), "GC-INT-2");
    expect(findings[0]!.attribute).toBe("fields.password");
    expect(JSON.stringify(findings)).not.toContain("Winter2026!");
  });
  test("Compliance: the password comes from a variable", () => {
    expect(findingsOf(withCredential({ userName: "svc", password: "${var.crm_password}" }), "GC-INT-2")).toEqual([]);
  });
});
