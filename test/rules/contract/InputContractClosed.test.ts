import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-CTR-1 InputContractClosed: an input contract forwarded whole names its properties and closes", () => {
  const policy = {
    version: 1 as const,
    destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  const post = (contract: unknown, template = "$${input.rawRequest}") =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify(contract),
        config_request: {
          request_type: "POST",
          request_url_template: "https://crm.example.eu/customers",
          request_template: template,
        },
      }),
    );
  const queueName = { type: "object", properties: { queueName: { type: "string" } } };

  test("Noncompliance: an open contract that declares a queue name, forwarded whole, is a Low note and no more", () => {
    const findings = findingsOf(post(queueName), "GC-CTR-1", policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Low");
    expect(findings[0]!.message).toContain("additionalProperties is not false");
    const dpia = dpiaFor(post(queueName), "genesyscloud_integration_action.lookup", policy);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia.data_flows.flatMap((flow) => flow.data_elements)).not.toContain("unknown_contract_data");
  });
  test("Noncompliance: declarations behind $ref and allOf count as declared", () => {
    const contract = {
      type: "object",
      allOf: [{ $ref: "#/definitions/queue" }],
      definitions: { queue: { properties: { queueName: { type: "string" } } } },
    };
    expect(findingsOf(post(contract), "GC-CTR-1", policy)).toHaveLength(1);
    expect(findingsOf(post(contract), "GC-FLW-5", policy)).toEqual([]);
  });
  test("Compliance: a closed contract", () => {
    expect(findingsOf(post({ ...queueName, additionalProperties: false }), "GC-CTR-1", policy)).toEqual([]);
  });
  test("Compliance: a body built from named fields", () => {
    expect(findingsOf(post(queueName, '{"q": "$${input.queueName}"}'), "GC-CTR-1", policy)).toEqual([]);
  });
  test("Compliance: a contract that declares nothing is not a note but unknown data (GC-CTR-2, GC-FLW-5)", () => {
    expect(findingsOf(post({ type: "object" }), "GC-CTR-1", policy)).toEqual([]);
    expect(findingsOf(post({ type: "object" }), "GC-CTR-2", policy)).toHaveLength(1);
  });
});
