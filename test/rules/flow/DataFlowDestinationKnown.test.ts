import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-FLW-2 DataFlowDestinationKnown: destinations are known before deployment", () => {
  test("Noncompliance: host from a Velocity input is Critical", () => {
    const config = terraformJson(
      webServiceAction({
        config_request: { request_type: "GET", request_url_template: "https://$${input.tenant}.crm.example/customers" },
      }),
    );
    const [finding] = findingsOf(config, "GC-FLW-2");
    expect(finding!.message).toContain("host");
    expect(finding!.severity).toBe("Critical");
  });
  test("Noncompliance: URL from a Terraform variable", () => {
    const config = terraformJson(
      webServiceAction({ config_request: { request_type: "GET", request_url_template: "${var.crm_url}/customers" } }),
    );
    expect(findingsOf(config, "GC-FLW-2")).toHaveLength(1);
  });
  test("Compliance: a literal host with tokens only in path and query", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-FLW-2")).toEqual([]);
  });
});
