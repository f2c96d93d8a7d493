import { describe, expect, test } from "vitest";
import { dpiaFor, ref, terraformJson } from "../helpers/assess-config";

const genesysAction = (url: string, input: Record<string, unknown>) => ({
  genesyscloud_integration: {
    gc: { integration_type: "purecloud-data-actions", config: { name: "Genesys Cloud Data Actions" } },
  },
  genesyscloud_integration_action: {
    call: {
      name: "Own API call",
      category: "Genesys",
      integration_id: ref("genesyscloud_integration.gc"),
      secure: false,
      contract_input: JSON.stringify({ type: "object", properties: input }),
      contract_output: JSON.stringify({ type: "object", properties: { id: { type: "string" } } }),
      config_request: { request_type: "POST", request_url_template: url },
    },
  },
});

const ticketAction = (fields: Record<string, unknown>) => ({
  genesyscloud_integration: { desk: { integration_type: "custom-rest-actions", config: { name: "Helpdesk" } } },
  genesyscloud_integration_action: {
    ticket: {
      name: "Open ticket",
      category: "Helpdesk",
      integration_id: ref("genesyscloud_integration.desk"),
      secure: false,
      contract_input: JSON.stringify({ type: "object", properties: fields }),
      contract_output: JSON.stringify({ type: "object", properties: { ticketId: { type: "string" } } }),
      config_request: { request_type: "POST", request_url_template: "https://desk.example.eu/api/tickets" },
    },
  },
});

const elements = (dpia: ReturnType<typeof dpiaFor>) => dpia.data_elements.map((element) => element.id);

describe("free text is assumed to hold card numbers only where it leaves Genesys", () => {
  test("an agentless email through the org's own API keeps its classification: no card numbers assumed", () => {
    const dpia = dpiaFor(
      terraformJson(
        genesysAction("/api/v2/conversations/emails/agentless", {
          toAddress: { type: "string" },
          textBody: { type: "string" },
        }),
      ),
      "genesyscloud_integration_action.call",
    );
    expect(elements(dpia)).not.toContain("payment_card_pan");
    expect(elements(dpia)).toContain("unstructured_free_text");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("a work item created through the org's own API: no card numbers assumed", () => {
    const dpia = dpiaFor(
      terraformJson(
        genesysAction("/api/v2/taskmanagement/workitems", {
          name: { type: "string" },
          description: { type: "string" },
        }),
      ),
      "genesyscloud_integration_action.call",
    );
    expect(elements(dpia)).not.toContain("payment_card_pan");
  });

  test("the same relative URL under a third-party integration is not the Genesys API: card numbers are assumed", () => {
    const config = genesysAction("/api/v2/taskmanagement/workitems", { description: { type: "string" } });
    config.genesyscloud_integration.gc.integration_type = "custom-rest-actions";
    expect(elements(dpiaFor(terraformJson(config), "genesyscloud_integration_action.call"))).toContain(
      "payment_card_pan",
    );
  });

  test("a ticket subject sent to a third party is free text: contact PII and, unmasked, card numbers", () => {
    const dpia = dpiaFor(
      terraformJson(ticketAction({ subject: { type: "string" } })),
      "genesyscloud_integration_action.ticket",
    );
    expect(elements(dpia)).toEqual(
      expect.arrayContaining(["contact_pii", "payment_card_pan", "unstructured_free_text"]),
    );
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("a ticket description sent to a third party is free text too", () => {
    const dpia = dpiaFor(
      terraformJson(ticketAction({ description: { type: "string" } })),
      "genesyscloud_integration_action.ticket",
    );
    expect(elements(dpia)).toEqual(expect.arrayContaining(["contact_pii", "payment_card_pan"]));
  });

  test("a ticket with only an id and a priority carries no free text", () => {
    const dpia = dpiaFor(
      terraformJson(ticketAction({ priority: { type: "string" }, queueId: { type: "string" } })),
      "genesyscloud_integration_action.ticket",
    );
    expect(elements(dpia)).not.toContain("payment_card_pan");
    expect(elements(dpia)).not.toContain("unstructured_free_text");
  });
});
