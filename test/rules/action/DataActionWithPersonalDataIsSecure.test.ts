import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-ACT-1 DataActionWithPersonalDataIsSecure: actions carrying personal data are secure", () => {
  test("Noncompliance: secure = false with a phone number input and name/email output", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ secure: false })), "GC-ACT-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("secure is false");
    expect(findings[0]!.message).toContain("customer contact details");
  });
  test("Noncompliance: secure left at the provider default", () => {
    const { genesyscloud_integration_action, ...rest } = webServiceAction({});
    const { secure: _secure, ...action } = genesyscloud_integration_action!.lookup!;
    expect(
      findingsOf(terraformJson({ ...rest, genesyscloud_integration_action: { lookup: action } }), "GC-ACT-1"),
    ).toHaveLength(1);
  });
  test("Compliance: secure = true", () => {
    expect(findingsOf(terraformJson(webServiceAction({ secure: true })), "GC-ACT-1")).toEqual([]);
  });
  test("Compliance: secure = false on an action with no personal data", () => {
    const action = {
      secure: false,
      contract_input: JSON.stringify({ type: "object", properties: { service: { type: "string" } } }),
      contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
      config_request: {
        request_type: "GET",
        request_url_template: "https://status.example.eu/health/$${input.service}",
      },
    };
    expect(findingsOf(terraformJson(webServiceAction(action)), "GC-ACT-1")).toEqual([]);
  });
});
