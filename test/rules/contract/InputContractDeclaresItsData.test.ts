import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-CTR-2 InputContractDeclaresItsData: an input contract forwarded whole declares its data", () => {
  const policy = {
    version: 1 as const,
    destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  /** The org's own API: setting a participant attribute stays inside Genesys. */
  const internal = (contract: unknown) =>
    terraformJson(
      webServiceAction(
        {
          secure: false,
          contract_input: JSON.stringify(contract),
          contract_output: JSON.stringify({ type: "object", properties: {} }),
          config_request: {
            request_type: "PATCH",
            request_url_template:
              "/api/v2/conversations/$${input.conversationId}/participants/$${input.participantId}/attributes",
            request_template: "$${input.rawRequest}",
          },
        },
        { integration_type: "purecloud-data-actions" },
      ),
    );
  const external = (contract: unknown) =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify(contract),
        config_request: {
          request_type: "POST",
          request_url_template: "https://crm.example.eu/customers",
          request_template: "$${input.rawRequest}",
        },
      }),
    );

  test("Noncompliance: a contract that declares nothing, forwarded to the org's own API, is unknown data rated at most Medium", () => {
    const findings = findingsOf(internal({ type: "object" }), "GC-CTR-2", policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Medium");
    expect(findingsOf(internal({ type: "object" }), "GC-FLW-5", policy)).toEqual([]);
    const dpia = dpiaFor(internal({ type: "object" }), "genesyscloud_integration_action.lookup", policy);
    expect(dpia.risk_assessment.overall_risk_score).toBe("Medium");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia.unresolved.map((entry) => entry.attribute)).toContain("contract_input");
  });
  test("Noncompliance: the same contract sent to an approved third party is Critical and blocks (fail closed)", () => {
    expect(findingsOf(external({ type: "object" }), "GC-CTR-2", policy)).toHaveLength(1);
    expect(findingsOf(external({ type: "object" }), "GC-FLW-5", policy)[0]!.severity).toBe("Critical");
    const dpia = dpiaFor(external({ type: "object" }), "genesyscloud_integration_action.lookup", policy);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Compliance: a contract that declares its properties", () => {
    const declared = { type: "object", properties: { key: { type: "string" }, value: { type: "string" } } };
    expect(findingsOf(internal(declared), "GC-CTR-2", policy)).toEqual([]);
    expect(findingsOf(external(declared), "GC-CTR-2", policy)).toEqual([]);
  });
  test("Compliance: a closed contract that declares nothing carries nothing", () => {
    const closed = { type: "object", properties: {}, additionalProperties: false };
    expect(findingsOf(external(closed), "GC-CTR-2", policy)).toEqual([]);
    expect(findingsOf(external(closed), "GC-FLW-5", policy)).toEqual([]);
  });
});
