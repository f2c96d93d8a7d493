import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

const generic = JSON.stringify({
  type: "object",
  properties: { fieldName: { type: "string" }, fieldValue: { type: "string" }, recordId: { type: "string" } },
});

const writer = (
  template: string,
  url = "https://crm.example.eu/records/$${input.recordId}",
  type = "custom-rest-actions",
) =>
  terraformJson(
    webServiceAction(
      {
        contract_input: generic,
        config_request: { request_type: "PATCH", request_url_template: url, request_template: template },
      },
      { integration_type: type },
    ),
  );

describe("GC-CTR-3 RequestNamesItsFields: the request, not its caller, names the fields it writes", () => {
  test("Noncompliance: a generic field writer to a third party (the Salesforce update-field module's body)", () => {
    const findings = findingsOf(writer('{"$${input.fieldName}": "$${input.fieldValue}"}'), "GC-CTR-3");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "High", attribute: "config_request.request_template" });
    expect(findings[0]!.message).toContain("${input.fieldName}");
  });

  test("Noncompliance: a query parameter named by the caller", () => {
    const findings = findingsOf(
      writer('{"id": "$${input.recordId}"}', "https://crm.example.eu/records?$${input.fieldName}=$${input.fieldValue}"),
      "GC-CTR-3",
    );
    expect(findings.map((finding) => finding.attribute)).toEqual(["config_request.request_url_template"]);
  });

  test("Compliance: fields named in the template; a call that stays in the org (its own Platform API)", () => {
    expect(findingsOf(writer('{"Description": "$${input.fieldValue}"}'), "GC-CTR-3")).toEqual([]);
    const ownApi = terraformJson(
      webServiceAction(
        {
          config_request: {
            request_type: "PATCH",
            request_url_template: "/api/v2/externalcontacts/contacts/$${input.recordId}",
            request_template: '{"$${input.fieldName}": "x"}',
          },
        },
        { integration_type: "purecloud-data-actions" },
      ),
    );
    expect(findingsOf(ownApi, "GC-CTR-3")).toEqual([]);
  });
});
