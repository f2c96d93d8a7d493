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
  const tenantLookup = (input: Record<string, unknown>, response: Record<string, unknown> = {}) =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", properties: input }),
        config_request: {
          request_type: "GET",
          request_url_template: "https://$${input.tenant}.crm.example/api/articles",
          request_template: "$${input.rawRequest}",
        },
        config_response: { success_template: "$${rawResult}", ...response },
      }),
    );
  test("Compliance: what only the response returns comes from the unknown host, it is not sent there", () => {
    // The output contract (firstName, email) is what the host returns; the request carries only the tenant name.
    expect(findingsOf(tenantLookup({ tenant: { type: "string" } }), "GC-FLW-2")).toEqual([]);
    const mapped = tenantLookup({ tenant: { type: "string" } }, { translation_map: { customerEmail: "$.email" } });
    expect(findingsOf(mapped, "GC-FLW-2")).toEqual([]);
  });
  test("Noncompliance: a field the request sends is Critical, even when the response returns it too", () => {
    const sent = tenantLookup({ tenant: { type: "string" }, email: { type: "string" } });
    const [finding] = findingsOf(sent, "GC-FLW-2");
    expect(finding!.message).toMatch(/^customer contact details go to an unknown destination/);
  });
});
