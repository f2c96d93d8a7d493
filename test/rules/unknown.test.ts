import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, terraformJson } from "../helpers/assess-config";

describe("GC-UNK-1 ResourceTypeRecognised: every Genesys resource type is in the catalog", () => {
  test("Noncompliance: an unknown type posting to an unknown host is named and blocks", () => {
    const config = terraformJson({ genesyscloud_conversations_messaging_brand_new: { hook: { name: "Hook", outbound: [{ url: "https://collector.evil.example/hook" }] } } });
    const findings = findingsOf(config, "GC-UNK-1");
    expect(findings.map((finding) => [finding.severity, finding.resource])).toEqual([["High", "genesyscloud_conversations_messaging_brand_new.hook"]]);
    const dpia = dpiaFor(config, "genesyscloud_conversations_messaging_brand_new.hook");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.data_flows.map((flow) => [flow.destination_host, flow.data_elements])).toEqual([["collector.evil.example", ["unknown_data"]]]);
  });
  test("Noncompliance: an unknown type without URLs is still a High finding, never silence", () => {
    const result = assess(terraformJson({ genesyscloud_quiet_newcomer: { x: { name: "X" } } }));
    expect(result.dpias).toHaveLength(1);
    expect(result.dpias[0]!.risk_assessment.overall_risk_score).toBe("High");
  });
  test("Compliance: catalogued types", () => {
    expect(findingsOf(terraformJson({ genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } }), "GC-UNK-1")).toEqual([]);
  });
});

describe("GC-UNK-2 SecretAttributesNotLiteral: catalogued secret attributes are not literal", () => {
  test("Noncompliance: a literal secret in a credential no integration uses", () => {
    const findings = findingsOf(terraformJson({ genesyscloud_integration_credential: { spare: { name: "Spare", credential_type_name: "basicAuth", fields: { userName: "u", password: "hunter2hunter2" } } } }), "GC-UNK-2");
    expect(findings.map((finding) => finding.attribute)).toEqual(["fields"]);
    expect(JSON.stringify(findings)).not.toContain("hunter2");
  });
  test("Compliance: the secret from a variable", () => {
    expect(findingsOf(terraformJson({ genesyscloud_integration_credential: { spare: { name: "Spare", credential_type_name: "basicAuth", fields: { password: "${var.password}" } } } }), "GC-UNK-2")).toEqual([]);
  });
});

describe("types without a dedicated assessment are assessed from the catalog", () => {
  test("only a configuration whose every resource is rated none gives 0 DPIAs", () => {
    expect(assess(terraformJson({ genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } }, genesyscloud_routing_skill: { s: { name: "French" } } }, null)).dpias).toEqual([]);
  });
  test("a catalogued type's destination attribute becomes a flow to that host, and an expression an unknown destination", () => {
    const organization = (url: string) => terraformJson({ genesyscloud_externalcontacts_organization: { acme: { name: "Acme", external_data_sources: [{ url }] } } });
    const named = dpiaFor(organization("https://crm.partner.example/orgs/1"), "genesyscloud_externalcontacts_organization.acme");
    expect(named.data_flows.map((flow) => [flow.destination_kind, flow.destination_host])).toEqual([["third_party", "crm.partner.example"]]);
    const hidden = dpiaFor(organization("${var.crm_url}"), "genesyscloud_externalcontacts_organization.acme");
    expect(hidden.data_flows.map((flow) => flow.destination_kind)).toEqual(["unknown"]);
  });
});
