import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-FLW-4 CallDestinationKnown: calls without personal data go to known hosts", () => {
  const tokenCall = (url: string) =>
    terraformJson(
      webServiceAction({
        // Closed: an open input contract posted whole would carry whatever the flow passes (GC-FLW-5).
        contract_input: JSON.stringify({ type: "object", properties: {}, additionalProperties: false }),
        contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
        config_request: { request_type: "POST", request_url_template: url },
      }),
    );
  test("Noncompliance: a token endpoint from a variable", () => {
    expect(findingsOf(tokenCall("${var.login_url}"), "GC-FLW-4")[0]!.message).toContain("unknown");
  });
  test("Compliance: a literal token endpoint", () => {
    expect(findingsOf(tokenCall("https://login.example.eu/token"), "GC-FLW-4")).toEqual([]);
  });
});
