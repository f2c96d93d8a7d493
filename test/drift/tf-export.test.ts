import { describe, expect, test } from "vitest";
import { compareWithBaselines } from "../../src/drift/compare";
import { FIXED_NOW, ref } from "../helpers/assess-config";
import { assessed, baselinesOf } from "./drift-helpers";

/** The configuration as the team wrote it (and the gate approved it). */
const code = {
  provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
  resource: {
    genesyscloud_auth_role: {
      reader: {
        name: "Reporting reader",
        permission_policies: [
          { domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] },
          { domain: "routing", entity_name: "queue", action_set: ["view"] },
        ],
      },
      queues: {
        name: "Queue reader",
        permission_policies: [{ domain: "routing", entity_name: "queue", action_set: ["view"] }],
      },
    },
    genesyscloud_oauth_client: {
      reporting: {
        name: "Reporting",
        authorized_grant_type: "CLIENT-CREDENTIALS",
        access_token_validity_seconds: 3600,
        roles: [
          { role_id: ref("genesyscloud_auth_role.reader"), division_id: "home" },
          { role_id: ref("genesyscloud_auth_role.queues"), division_id: "home" },
        ],
      },
    },
  },
};

/**
 * The same org exported by genesyscloud_tf_export: resources named after their Genesys names, keys in
 * another order, set blocks (roles, permission policies) and set attributes in another order.
 */
const exported = {
  resource: {
    genesyscloud_oauth_client: {
      Reporting: {
        roles: [
          { division_id: "home", role_id: ref("genesyscloud_auth_role.Queue_reader") },
          { division_id: "home", role_id: ref("genesyscloud_auth_role.Reporting_reader") },
        ],
        access_token_validity_seconds: 3600,
        authorized_grant_type: "CLIENT-CREDENTIALS",
        name: "Reporting",
      },
    },
    genesyscloud_auth_role: {
      Queue_reader: {
        permission_policies: [{ action_set: ["view"], entity_name: "queue", domain: "routing" }],
        name: "Queue reader",
      },
      Reporting_reader: {
        permission_policies: [
          { domain: "routing", entity_name: "queue", action_set: ["view"] },
          { domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] },
        ],
        name: "Reporting reader",
      },
    },
  },
  provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
};

describe("genesyscloud_tf_export output compared with the approved code", () => {
  test("other addresses, key order and set order are not drift", () => {
    const report = compareWithBaselines(assessed(exported), baselinesOf(code), {
      ignores: [],
      now: FIXED_NOW,
      source: "tf_export",
    });
    const client = report.subjects.find((subject) => subject.name === "Reporting")!;
    expect(client).toMatchObject({ state: "unchanged", failed: false, baseline: { recorded_as: "record 1" } });
    expect(client.subject).toBe("genesyscloud_oauth_client.Reporting");
  });

  test("a real change in the export still shows: a permission added to the exported role", () => {
    const widened = structuredClone(exported);
    widened.resource.genesyscloud_auth_role.Reporting_reader.permission_policies.push({
      domain: "recording",
      entity_name: "recording",
      action_set: ["view"],
    });
    const report = compareWithBaselines(assessed(widened), baselinesOf(code), {
      ignores: [],
      now: FIXED_NOW,
      source: "tf_export",
    });
    const client = report.subjects.find((subject) => subject.name === "Reporting")!;
    expect(client.state).toBe("drifted");
    expect(
      client.changes.find((change) => change.resource === "genesyscloud_auth_role.Reporting_reader")?.kinds,
    ).toContain("role_permission_added");
  });
});
