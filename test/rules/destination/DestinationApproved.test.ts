import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow, crm } from "../../helpers/rules/allow-list";

const base = terraformJson(webServiceAction({}));

describe("GC-DST-1 DestinationApproved: recipients of personal data are allow-listed", () => {
  test("Noncompliance: a CRM host not on the allow-list", () => {
    expect(findingsOf(base, "GC-DST-1")[0]!.message).toBe(
      "crm.example.eu receives personal data and is not on the allow-list",
    );
  });
  test("Noncompliance: an OAuth client not on the allow-list", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["conversations:readonly"] })), "GC-DST-1")).toHaveLength(1);
  });
  test("Compliance: the host matches an allow-list pattern; the OAuth client is named", () => {
    expect(findingsOf(base, "GC-DST-1", allow(crm({ host: "*.example.eu", country: "DE" })))).toEqual([]);
    const client = { oauth_client: "App", vendor: "Wallboard Ltd", country: "DE", purposes: ["dashboard"] };
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["conversations:readonly"] })), "GC-DST-1", allow(client)),
    ).toEqual([]);
  });
});

describe("GC-DST-1 DestinationApproved: an unapproved host receiving no personal data", () => {
  const call = (contract: Record<string, unknown>) =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", additionalProperties: false, properties: contract }),
        contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
        config_request: { request_type: "POST", request_url_template: "https://status.example.org/ping" },
      }),
    );
  test("Compliance: no personal data, no allow-list finding", () => {
    expect(findingsOf(call({}), "GC-DST-1")).toEqual([]);
  });
  test("Noncompliance: the same host once an e-mail address goes to it", () => {
    expect(findingsOf(call({ email: { type: "string" } }), "GC-DST-1")).toEqual([
      expect.objectContaining({ message: "status.example.org receives personal data and is not on the allow-list" }),
    ]);
  });
});
