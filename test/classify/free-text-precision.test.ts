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
const evidenceOf = (dpia: ReturnType<typeof dpiaFor>, id: string) =>
  dpia.data_elements
    .find((element) => element.id === id)
    ?.found_by.flatMap((found) => found.evidence)
    .join(" ");

describe("free text holds contact details and communications content; card numbers only where the configuration suggests cards", () => {
  test("an agentless email through the org's own API: free text, no card numbers assumed", () => {
    const config = genesysAction("/api/v2/conversations/emails/agentless", {
      toAddress: { type: "string" },
      textBody: { type: "string" },
    });
    config.genesyscloud_integration_action.call.secure = true;
    config.genesyscloud_integration_action.call.contract_input = JSON.stringify({
      type: "object",
      additionalProperties: false,
      properties: { toAddress: { type: "string" }, textBody: { type: "string" } },
    });
    const dpia = dpiaFor(terraformJson(config), "genesyscloud_integration_action.call");
    expect(elements(dpia)).not.toContain("payment_card_pan");
    expect(elements(dpia)).toEqual(expect.arrayContaining(["contact_pii", "unstructured_free_text"]));
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

  test("a ticket subject sent to a third party is free text: contact details and communications content, not card numbers", () => {
    const dpia = dpiaFor(
      terraformJson(ticketAction({ subject: { type: "string" } })),
      "genesyscloud_integration_action.ticket",
    );
    expect(elements(dpia)).toEqual(expect.arrayContaining(["contact_pii", "unstructured_free_text"]));
    expect(elements(dpia)).not.toContain("payment_card_pan");
    expect(evidenceOf(dpia, "contact_pii")).toMatch(/contact details and communications content/);
  });

  test("free text beside a card field may hold card numbers too", () => {
    const dpia = dpiaFor(
      terraformJson(ticketAction({ description: { type: "string" }, cardExpiry: { type: "string" } })),
      "genesyscloud_integration_action.ticket",
    );
    expect(evidenceOf(dpia, "payment_card_pan")).toMatch(
      /free text may hold card numbers because the action also carries card data/,
    );
  });

  test("free text of an action named for payments may hold card numbers, unless the action is secure", () => {
    const config = ticketAction({ notes: { type: "string" } });
    config.genesyscloud_integration_action.ticket.name = "Card payment follow-up";
    expect(elements(dpiaFor(terraformJson(config), "genesyscloud_integration_action.ticket"))).toContain(
      "payment_card_pan",
    );
    config.genesyscloud_integration_action.ticket.secure = true;
    expect(elements(dpiaFor(terraformJson(config), "genesyscloud_integration_action.ticket"))).not.toContain(
      "payment_card_pan",
    );
  });

  test("a card number in a sample of free text is card data whatever the action is named", () => {
    const config = ticketAction({ notes: { type: "string", examples: ["paid with 4111 1111 1111 1111"] } });
    expect(elements(dpiaFor(terraformJson(config), "genesyscloud_integration_action.ticket"))).toContain(
      "payment_card_pan",
    );
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
