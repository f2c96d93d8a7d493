import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

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
