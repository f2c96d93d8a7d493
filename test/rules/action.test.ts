import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../helpers/assess-config";

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

describe("GC-ACT-2 DataActionEndpointUsesHttps: actions without personal data still use TLS", () => {
  const statusCheck = (url: string) => ({
    contract_input: JSON.stringify({ type: "object", properties: { service: { type: "string" } } }),
    contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
    config_request: { request_type: "GET", request_url_template: url },
  });
  test("Noncompliance: http with no personal data (credentials still travel in clear)", () => {
    const findings = findingsOf(
      terraformJson(webServiceAction(statusCheck("http://status.example.eu/health"))),
      "GC-ACT-2",
    );
    expect(findings[0]!.message).toContain("status.example.eu over http");
  });
  test("Compliance: https", () => {
    expect(
      findingsOf(terraformJson(webServiceAction(statusCheck("https://status.example.eu/health"))), "GC-ACT-2"),
    ).toEqual([]);
  });
  test("Compliance: http with personal data is left to GC-FLW-3 (Critical), not reported twice", () => {
    const config = terraformJson(
      webServiceAction({
        config_request: {
          request_type: "GET",
          request_url_template: "http://crm.example.eu/customers?phone=$${input.phoneNumber}",
        },
      }),
    );
    expect(findingsOf(config, "GC-ACT-2")).toEqual([]);
    expect(findingsOf(config, "GC-FLW-3")).toHaveLength(1);
  });
});

describe("GC-ACT-3 DataActionContractsAreValidJson: contracts can be read", () => {
  test("Noncompliance: contract_input is not JSON", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ contract_input: "{ type: object" })), "GC-ACT-3");
    expect(findings[0]!.attribute).toBe("contract_input");
  });
  test("Compliance: both contracts are JSON", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-ACT-3")).toEqual([]);
  });
});
