import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../helpers/assess-config";

const cardContract = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } });

describe("GC-FLW-1 SensitiveDataStaysInGenesys: card and Art. 9 data do not leave Genesys", () => {
  test("Noncompliance: card number and CVV posted to a web service", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ contract_input: cardContract })), "GC-FLW-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
    expect(findings[0]!.message).toContain("payment card number");
  });
  test("Noncompliance: health data to a web service", () => {
    const contract = JSON.stringify({ type: "object", properties: { patientId: { type: "string" }, diagnosis: { type: "string" } } });
    expect(findingsOf(terraformJson(webServiceAction({ contract_input: contract })), "GC-FLW-1")[0]!.message).toContain("health data");
  });
  test("Compliance: contact details to a web service", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-FLW-1")).toEqual([]);
  });
  test("Compliance: card fields that stay inside the Genesys org", () => {
    const config = terraformJson(
      webServiceAction(
        { contract_input: cardContract, config_request: { request_type: "GET", request_url_template: "/api/v2/conversations/$${input.cardNumber}" } },
        { integration_type: "purecloud-data-actions" },
      ),
    );
    expect(findingsOf(config, "GC-FLW-1")).toEqual([]);
  });
});

describe("GC-FLW-4 CallDestinationKnown: calls without personal data go to known hosts", () => {
  const tokenCall = (url: string) =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", properties: {} }),
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

describe("GC-FLW-2 DataFlowDestinationKnown: destinations are known before deployment", () => {
  test("Noncompliance: host from a Velocity input is Critical", () => {
    const config = terraformJson(webServiceAction({ config_request: { request_type: "GET", request_url_template: "https://$${input.tenant}.crm.example/customers" } }));
    const [finding] = findingsOf(config, "GC-FLW-2");
    expect(finding!.message).toContain("host");
    expect(finding!.severity).toBe("Critical");
  });
  test("Noncompliance: URL from a Terraform variable", () => {
    const config = terraformJson(webServiceAction({ config_request: { request_type: "GET", request_url_template: "${var.crm_url}/customers" } }));
    expect(findingsOf(config, "GC-FLW-2")).toHaveLength(1);
  });
  test("Compliance: a literal host with tokens only in path and query", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-FLW-2")).toEqual([]);
  });
});
