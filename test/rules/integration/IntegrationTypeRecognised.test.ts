import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";
import { integration } from "../../helpers/rules/integration";

describe("GC-INT-1 IntegrationTypeRecognised: the integration type is known", () => {
  test("Noncompliance: an unknown type", () => {
    const findings = findingsOf(terraformJson(integration({ integration_type: "acme-crm-connector" })), "GC-INT-1");
    expect(findings[0]!.message).toContain('"acme-crm-connector"');
  });
  test("Noncompliance: a type from a variable", () => {
    expect(
      findingsOf(terraformJson(integration({ integration_type: "${var.type}" })), "GC-INT-1")[0]!.message,
    ).toContain("not resolved");
  });
  test("Noncompliance: config.properties that is not JSON", () => {
    const config = terraformJson(
      integration({ integration_type: "embedded-client-app", config: { name: "App", properties: "url=https://x" } }),
    );
    expect(findingsOf(config, "GC-INT-1")[0]!.attribute).toBe("config.properties");
  });
  test("Compliance: a known type", () => {
    expect(findingsOf(terraformJson(integration({ integration_type: "purecloud-data-actions" })), "GC-INT-1")).toEqual(
      [],
    );
  });
});
