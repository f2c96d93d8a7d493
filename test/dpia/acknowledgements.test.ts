import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy, parsePolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { InputError } from "../../src/validation/input-error";
import { FIXED_NOW, ref, terraformJson } from "../helpers/assess-config";

const REASON = "The wallboard vendor reads contact names under our DPA of 2026-03; reviewed by the DPO.";

/** A client-credentials client whose role reaches data of the given permission, in one division. */
function client(permission: string) {
  const [domain, entity, action] = permission.split(":");
  return terraformJson({
    genesyscloud_auth_role: {
      reader: { name: "Reader", permission_policies: [{ domain, entity_name: entity, action_set: [action] }] },
    },
    genesyscloud_oauth_client: {
      client: {
        name: "Exporter",
        authorized_grant_type: "CLIENT-CREDENTIALS",
        roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_id: "home" }],
      },
    },
  });
}

/** The policy that lists the client's operator, with the acknowledgements given. */
function policy(acknowledgements: Policy["acknowledgements"], extra: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    destinations: [{ oauth_client: "Exporter", vendor: "Wallboards Ltd", country: "IE", purposes: ["Wallboards"] }],
    acknowledgements,
    ...extra,
  };
}

function assessWith(config: unknown, policyDocument: Policy | undefined) {
  return assessInventory(readTerraformJson(config, { scope: "test", origin: "test" }), {
    policy: applyPolicy(policyDocument, "dpia.policy.json"),
    now: FIXED_NOW,
  });
}

const ack = (rule_id: string, expires = "2026-06-30") => ({
  address: "genesyscloud_oauth_client.client",
  rule_id,
  reason: REASON,
  expires,
});

describe("acknowledging a finding in the policy", () => {
  test("without an acknowledgement, the High finding warns", () => {
    const result = assessWith(client("externalContacts:contact:view"), policy([]));
    expect(result.dpias[0]!.findings.map((f) => `${f.rule_id} ${f.severity}`)).toEqual(["GC-OAC-2 High"]);
    expect(result.warned.map((dpia) => dpia.integration_name)).toEqual(["Exporter"]);
  });

  test("an acknowledged High does not warn, and stays in the DPIA with its reason, source and expiry", () => {
    const result = assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-2")]));
    const [dpia] = result.dpias;
    expect(result.warned).toEqual([]);
    expect(dpia!.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia!.risk_assessment.overall_risk_score).toBe("High");
    expect(dpia!.findings).toEqual([
      expect.objectContaining({
        rule_id: "GC-OAC-2",
        severity: "High",
        acknowledged: {
          reason: REASON,
          source: "dpia.policy.json acknowledgements[0]",
          expires_at: "2026-06-30T23:59:59Z",
        },
      }),
    ]);
  });

  test("an acknowledgement does not hide risk that comes from the data itself: recordings still warn", () => {
    const result = assessWith(client("recording:recording:view"), policy([ack("GC-OAC-2")]));
    expect(result.dpias[0]!.findings.find((finding) => finding.rule_id === "GC-OAC-2")!.acknowledged).toBeDefined();
    expect(result.warned.map((dpia) => dpia.integration_name)).toEqual(["Exporter"]);
  });

  test("an expired acknowledgement no longer applies, and the DPIA says so", () => {
    const result = assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-2", "2026-01-14")]));
    const [dpia] = result.dpias;
    expect(dpia!.findings[0]!.acknowledged).toBeUndefined();
    expect(result.warned).toHaveLength(1);
    expect(dpia!.acknowledgement_notes).toEqual([
      "The acknowledgement of GC-OAC-2 on genesyscloud_oauth_client.client (dpia.policy.json acknowledgements[0]) expired at 2026-01-14T23:59:59Z; the finding counts again.",
    ]);
  });

  test("a date expiry lasts to the end of that day (UTC), a date-time to the second", () => {
    expect(assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-2", "2026-01-15")])).warned).toEqual(
      [],
    );
    expect(
      assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-2", "2026-01-15T09:30:00Z")])).warned,
    ).toHaveLength(1);
    expect(
      assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-2", "2026-01-15T10:30:00+01:00")]))
        .warned,
    ).toHaveLength(1);
  });

  test("an acknowledgement of a Critical finding is refused, naming the finding and the way out", () => {
    const card = terraformJson({
      genesyscloud_integration: { pay: { integration_type: "custom-rest-actions", config: { name: "Pay" } } },
      genesyscloud_integration_action: {
        take: {
          name: "Take",
          category: "Pay",
          integration_id: ref("genesyscloud_integration.pay"),
          secure: true,
          contract_input: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
          contract_output: "{}",
          config_request: { request_type: "POST", request_url_template: "https://psp.example.com/pay" },
        },
      },
    });
    const attempt = () =>
      assessWith(card, {
        version: 1,
        acknowledgements: [
          {
            address: "genesyscloud_integration_action.take",
            rule_id: "GC-FLW-1",
            reason: REASON,
            expires: "2026-06-30",
          },
        ],
      });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(
      "dpia.policy.json: acknowledgements[0]: expected a non-blocking finding: GC-FLW-1 on genesyscloud_integration_action.take is Critical, at or above block_at Critical, and only a dual-signed exception can lift it (npx dpia exception request)",
    );
  });

  test("a High finding is blocking when block_at is High, and cannot be acknowledged either", () => {
    expect(() =>
      assessWith(
        client("externalContacts:contact:view"),
        policy([ack("GC-OAC-2")], { thresholds: { block_at: "High" } }),
      ),
    ).toThrow(/GC-OAC-2 on genesyscloud_oauth_client.client is High, at or above block_at High/);
  });

  test("High findings no longer add up to a block, so acknowledging one of several is accepted", () => {
    // Contact details to an unlisted client: High findings raise the likelihood, but Critical needs a Critical finding.
    const config = client("externalContacts:contact:view");
    const result = assessWith(config, { version: 1, acknowledgements: [ack("GC-OAC-2")] });
    expect(result.blocked).toEqual([]);
    expect(result.dpias[0]!.findings.find((finding) => finding.rule_id === "GC-OAC-2")!.acknowledged).toBeDefined();
  });

  test("an acknowledgement only covers the rule and address it names", () => {
    const result = assessWith(
      client("externalContacts:contact:view"),
      policy([{ ...ack("GC-OAC-3") }, { ...ack("GC-OAC-2"), address: "genesyscloud_oauth_client.other" }]),
    );
    expect(result.dpias[0]!.findings[0]!.acknowledged).toBeUndefined();
    expect(result.warned).toHaveLength(1);
  });

  test("an acknowledgement naming a rule that does not exist is refused, not silently ignored", () => {
    expect(() => assessWith(client("externalContacts:contact:view"), policy([ack("GC-OAC-02")]))).toThrow(
      'dpia.policy.json: acknowledgements[0]: expected the id of a rule listed in RULES.md, got "GC-OAC-02"',
    );
  });

  test("a reason shorter than a sentence, or an expiry that is not a date, is refused with its path", () => {
    const text = (acks: unknown) => JSON.stringify({ version: 1, acknowledgements: acks });
    const refuse = (acks: unknown) => () =>
      applyPolicy(parsePolicy(text(acks), "dpia.policy.json"), "dpia.policy.json");
    expect(refuse([{ ...ack("GC-OAC-2"), reason: "ok" }])).toThrow(
      /^dpia.policy.json: acknowledgements\[0\].reason: expected a reason of at least a sentence/,
    );
    expect(refuse([{ ...ack("GC-OAC-2"), reason: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }])).toThrow(
      /acknowledgements\[0\].reason/,
    );
    expect(refuse([{ ...ack("GC-OAC-2"), expires: "2026-02-30" }])).toThrow(
      'dpia.policy.json: acknowledgements[0].expires: expected an expiry date YYYY-MM-DD or an ISO date-time such as 2027-01-31T17:00:00Z, got "2026-02-30"',
    );
    expect(refuse([{ ...ack("GC-OAC-2"), expires: "next year" }])).toThrow(/acknowledgements\[0\].expires/);
    expect(refuse([{ address: "x.y", rule_id: "GC-OAC-2", reason: REASON }])).toThrow(
      /acknowledgements\[0\]: missing required property "expires"/,
    );
  });
});
