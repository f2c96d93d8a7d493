import { describe, expect, test } from "vitest";
import { dpiaFor, ref, ruleIds, terraformJson } from "../helpers/assess-config";

const closed = (properties: Record<string, unknown>) =>
  JSON.stringify({ type: "object", additionalProperties: false, properties });

/** An action of the org's own Platform API integration. */
const ownApiAction = (url: string, method: string, input: Record<string, unknown>, template?: string) => ({
  name: "Own API call",
  category: "Genesys",
  integration_id: ref("genesyscloud_integration.gc"),
  secure: true,
  contract_input: closed(input),
  contract_output: closed({ id: { type: "string" } }),
  config_request: {
    request_type: method,
    request_url_template: url,
    ...(template ? { request_template: template } : {}),
  },
});

const crmNote = {
  name: "Add CRM note",
  category: "CRM",
  integration_id: ref("genesyscloud_integration.crm"),
  secure: true,
  contract_input: closed({ customerId: { type: "string" }, note: { type: "string" } }),
  contract_output: closed({ noteId: { type: "string" } }),
  config_request: {
    request_type: "POST",
    request_url_template: "https://api.crm-example.com/v1/notes",
    request_template: '{"text": $esc.jsonString(${input.note})}',
  },
};

const integrations = {
  gc: { integration_type: "purecloud-data-actions", config: { name: "Genesys Cloud Data Actions" } },
  crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } },
};

const relay = (url: string) =>
  ownApiAction(
    url,
    "POST",
    { customerId: { type: "string" }, cardNumber: { type: "string" } },
    '{"note": "${input.cardNumber}"}',
  );

function flowOf(actions: Record<string, Record<string, unknown>>, via: string) {
  const dpia = dpiaFor(
    terraformJson({ genesyscloud_integration: integrations, genesyscloud_integration_action: actions }),
    via,
  );
  const flow = dpia.data_flows.find((candidate) => candidate.processing_nature.includes("Own API call"));
  return { dpia, flow: flow! };
}

describe("a Platform API call goes where its operation sends the data", () => {
  test("an execute of a configured action by reference goes where that action sends, with both actions' data", () => {
    const { dpia, flow } = flowOf(
      {
        relay: relay("/api/v2/integrations/actions/${genesyscloud_integration_action.note.id}/execute"),
        note: crmNote,
      },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_kind).toBe("third_party");
    expect(flow.destination_host).toBe("api.crm-example.com");
    expect(flow.destination).toMatch(/through genesyscloud_integration_action\.note/);
    expect(flow.data_elements).toEqual(expect.arrayContaining(["payment_card_pan", "unstructured_free_text"]));
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("an execute by the literal id an action of the configuration has (a plan or state) is that action", () => {
    const { flow } = flowOf(
      {
        relay: relay("/api/v2/integrations/actions/7f3c0a52-1111-4b7e-9d2a-000000000001/execute"),
        note: { ...crmNote, id: "7f3c0a52-1111-4b7e-9d2a-000000000001" },
      },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_host).toBe("api.crm-example.com");
  });

  test("an execute of an action chosen at run time is an unknown destination (Critical)", () => {
    const { dpia, flow } = flowOf(
      { relay: relay("/api/v2/integrations/actions/${input.actionId}/execute") },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_kind).toBe("unknown");
    expect(flow.destination_unresolved).toMatch(/runs a data action chosen at run time/);
    expect(ruleIds(dpia)).toContain("GC-FLW-2");
  });

  test("an execute of an action this configuration does not define is unknown", () => {
    const { flow } = flowOf(
      { relay: relay("/api/v2/integrations/actions/0000-not-here/execute") },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_kind).toBe("unknown");
    expect(flow.destination_unresolved).toMatch(/which this configuration does not define/);
  });

  test("actions that execute each other in a loop end in an unknown destination, not a hang", () => {
    const { flow } = flowOf(
      {
        relay: relay("/api/v2/integrations/actions/${genesyscloud_integration_action.back.id}/execute"),
        back: {
          ...relay("/api/v2/integrations/actions/${genesyscloud_integration_action.relay.id}/execute"),
          name: "Back",
        },
      },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_kind).toBe("unknown");
    expect(flow.destination_unresolved).toMatch(/already on the way/);
  });

  test("an agentless email reaches the recipient its request names, outside the org", () => {
    const { flow } = flowOf(
      {
        relay: ownApiAction(
          "/api/v2/conversations/emails/agentless",
          "POST",
          { toAddress: { type: "string" }, transcript: { type: "string" } },
          '{"toAddresses": [{"email": "${input.toAddress}"}], "textBody": $esc.jsonString(${input.transcript})}',
        ),
      },
      "genesyscloud_integration_action.relay",
    );
    expect(flow.destination_kind).toBe("third_party");
    expect(flow.destination).toMatch(/^Recipient outside the org named in toAddresses \(from the action's input\)/);
    expect(flow.approved).toBe(false);
  });

  test("an agentless email to a mailbox written in the request is judged by its domain", () => {
    const to = (address: string) =>
      flowOf(
        {
          relay: ownApiAction(
            "/api/v2/conversations/emails/agentless",
            "POST",
            { transcript: { type: "string" } },
            `{"toAddresses": [{"email": "${address}", "name": "Desk"}], "textBody": $esc.jsonString(\${input.transcript})}`,
          ),
        },
        "genesyscloud_integration_action.relay",
      ).flow;
    expect(to("desk@partner-bpo.example")).toMatchObject({
      destination_kind: "third_party",
      destination_host: "partner-bpo.example",
    });
  });

  describe("an email conversation (POST /api/v2/conversations/emails) leaves the org only when it can be sent", () => {
    const emailInput = {
      flowId: { type: "string" },
      toAddress: { type: "string" },
      transcript: { type: "string" },
      p: { type: "integer" },
    };
    const created = (template: string | undefined) =>
      flowOf(
        { relay: ownApiAction("/api/v2/conversations/emails", "POST", emailInput, template) },
        "genesyscloud_integration_action.relay",
      ).flow;

    test.each([
      [
        '{"flowId": "$esc.jsonString(${input.flowId})", "direction": "INBOUND", "toAddress": "$esc.jsonString($input.toAddress)"}',
      ],
      [
        '{"flowId": "f", "provider": "CRM", "subject": "$esc.jsonString(${input.transcript})", "attributes": {"k": "v"}}',
      ],
      ['{"queueId": "q", "provider": "CRM", "direction": "OUTBOUND", "priority": ${input.p}}'],
      ['{"flowId": "f", "provider": "CRM", ## a comment\n"direction": "INBOUND", "toAddress": "a@b.example"}'],
    ])("%s creates a conversation inside the org", (template) => {
      expect(created(template)).toMatchObject({ destination_kind: "genesys_org" });
      expect(created(template).destination).toMatch(/stays in the org/);
    });

    test.each([
      ['{"queueId": "q", "provider": "CRM", "direction": "OUTBOUND", "toAddress": "${input.toAddress}"}'],
      // No direction: the API's default is not documented, so a body that names a recipient may send to it.
      ['{"queueId": "q", "provider": "CRM", "toAddress": "a@b.example"}'],
      ['{"direction": "${input.direction}", "toAddress": "a@b.example"}'],
      ['{"direction": "INBOUND", "direction": "OUTBOUND", "toAddress": "a@b.example"}'],
      ['{"direction": "inbound", "toAddress": "a@b.example"}'],
      ['{"flowId": "f", "${input.field}": "${input.toAddress}"}'],
      ['{"flowId": "f", ${input.more}}'],
      ['{"flowId": "f" #if($input.toAddress), "toAddress": "a@b.example"#end}'],
      ["${input.rawRequest}"],
      ["not json"],
      [undefined],
      // A `##` comment ends at a carriage return too, and Velocity removes the line break with it.
      ['{"queueId": "q", "direction": "OUTBOUND", ## note\r"toAddress": "evil@attacker.example",\n"subject": "x"}'],
      ['{"direction": "INBOUND", "toAddress": "a@b.example", ## note\r"direction": "OUTBOUND",\n"subject": "x"}'],
      // Whether the API reads another spelling of a key is not documented.
      ['{"queueId": "q", "direction": "OUTBOUND", "ToAddress": "evil@attacker.example"}'],
      ['{"direction": "INBOUND", "Direction": "OUTBOUND", "toAddress": "a@b.example"}'],
      // An escaping call followed by another call may undo the escaping.
      ['{"flowId": "f", "subject": "$esc.jsonString($input.transcript).replace(\'a\', \'b\')"}'],
    ])("%s may send an email outside the org", (template) => {
      expect(created(template)).toMatchObject({ destination_kind: "third_party" });
    });

    test.each([
      // The real module's shape (GenesysCloudDevOps' create-email-conversation): `","toAddress":"…` in the subject adds a recipient.
      ['{"flowId": "${input.flowId}", "provider": "CRM", "subject": "$!{input.transcript}"}', "${input.flowId}"],
      ['{"flowId": "f", "provider": "CRM", "priority": ${input.transcript}}', "${input.transcript}"],
    ])("%s pastes raw input a quote can break out of: it may send anywhere, and says why", (template, raw) => {
      const flow = created(template);
      expect(flow.destination_kind).toBe("third_party");
      expect(flow.destination).toContain(`pastes ${raw} in unescaped`);
    });
  });

  test("a path read from a credential's value cannot be matched: a write there is unknown, not the org", () => {
    const config = terraformJson({
      genesyscloud_integration: {
        gc: {
          integration_type: "purecloud-data-actions",
          config: { name: "GC", credentials: { pureCloudOAuthClient: ref("genesyscloud_integration_credential.c") } },
        },
      },
      genesyscloud_integration_credential: {
        c: {
          name: "C",
          credential_type_name: "pureCloudOAuthClient",
          fields: { clientId: "a", clientSecret: "b", path: "/api/v2/conversations/emails/agentless" },
        },
      },
      genesyscloud_integration_action: {
        relay: ownApiAction("${credentials.path}", "POST", { email: { type: "string" } }),
      },
    });
    const flow = dpiaFor(config, "genesyscloud_integration_action.relay").data_flows.find((candidate) =>
      candidate.processing_nature.includes("Own API call"),
    );
    expect(flow?.destination_kind).toBe("unknown");
    expect(flow?.destination_unresolved).toMatch(/names no path the gate can read/);
  });

  test("a write of unknown effect is an unknown destination that blocks; a read stays in the org", () => {
    const input = { email: { type: "string" }, firstName: { type: "string" } };
    const write = flowOf(
      { relay: ownApiAction("/api/v2/externalcontacts/contacts/${input.id}/share", "POST", input) },
      "genesyscloud_integration_action.relay",
    );
    expect(write.flow.destination_kind).toBe("unknown");
    expect(ruleIds(write.dpia)).toContain("GC-FLW-2");
    expect(write.dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    const read = flowOf(
      { relay: ownApiAction("/api/v2/externalcontacts/contacts/${input.id}/share", "GET", input) },
      "genesyscloud_integration_action.relay",
    );
    expect(read.flow.destination_kind).toBe("genesys_org");
  });
});
