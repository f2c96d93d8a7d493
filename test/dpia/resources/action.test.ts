import { describe, expect, test } from "vitest";
import { dpiaFor, ref, terraformJson } from "../../helpers/assess-config";

const draft = (body: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_integration: { pay: { integration_type: "custom-rest-actions", config: { name: "Payments" } } },
    genesyscloud_integration_action_draft: {
      charge: {
        name: "Charge card",
        category: "Payments",
        integration_id: ref("genesyscloud_integration.pay"),
        contract_input: JSON.stringify({
          type: "object",
          properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
        }),
        contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
        config_request: { request_type: "POST", request_url_template: "http://pay.example.com/charge" },
        ...body,
      },
    },
  });

describe("integration_action_draft is assessed as the data action it will become", () => {
  test("a draft posting card data over http joins its integration's DPIA and blocks", () => {
    const dpia = dpiaFor(draft({ secure: false }), "genesyscloud_integration_action_draft.charge");
    expect(dpia.integration_name).toBe("Payments");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(
      expect.arrayContaining(["GC-ACT-1", "GC-FLW-1", "GC-FLW-3"]),
    );
    expect(dpia.data_flows.map((flow) => flow.destination_host)).toEqual(["pay.example.com"]);
  });
  test("a secure draft over https to an EU host without card data is approved", () => {
    const dpia = dpiaFor(
      draft({
        secure: true,
        contract_input: JSON.stringify({
          type: "object",
          additionalProperties: false,
          properties: { orderId: { type: "string" } },
        }),
        config_request: { request_type: "POST", request_url_template: "https://orders.example.eu/status" },
      }),
      "genesyscloud_integration_action_draft.charge",
    );
    expect(dpia.findings.map((finding) => finding.rule_id)).not.toContain("GC-ACT-1");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});
