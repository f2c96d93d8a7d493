import { describe, expect, test } from "vitest";
import { compareWithBaselines } from "../../src/drift/compare";
import type { DriftIgnore } from "../../src/drift/ignore-entries";
import type { DriftKind } from "../../src/drift/model";
import { FIXED_NOW, ref, terraformJson, webServiceAction } from "../helpers/assess-config";
import { assessed, baselinesOf } from "./drift-helpers";

const policy = {
  version: 1 as const,
  destinations: [{ host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["Caller look-up"] }],
};

function drift(before: unknown, after: unknown, ignores: DriftIgnore[] = []) {
  return compareWithBaselines(assessed(after, policy), baselinesOf(before, policy), {
    ignores,
    now: FIXED_NOW,
    source: "test",
  });
}

function kinds(before: unknown, after: unknown): DriftKind[] {
  return [
    ...new Set(drift(before, after).subjects.flatMap((subject) => subject.changes.flatMap((change) => change.kinds))),
  ].sort();
}

const action = (overrides: Record<string, unknown> = {}) => terraformJson(webServiceAction(overrides));
const client = (body: Record<string, unknown>, roles: Record<string, unknown> = {}) =>
  terraformJson({
    genesyscloud_oauth_client: {
      reporting: { name: "Reporting", authorized_grant_type: "CLIENT-CREDENTIALS", ...body },
    },
    genesyscloud_auth_role: {
      reader: {
        name: "Reader",
        permission_policies: [{ domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] }],
        ...roles,
      },
    },
  });
const roleGrant = (division = "home") => ({
  roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_id: division }],
});

describe("privacy-semantic drift", () => {
  test("nothing changed: unchanged, exit 0", () => {
    const report = drift(action(), action());
    expect(report.subjects.map((subject) => subject.state)).toEqual(["unchanged"]);
    expect(report.exit_code).toBe(0);
  });

  test("a scope added to a code-grant client", () => {
    const before = terraformJson({
      genesyscloud_oauth_client: {
        app: { name: "App", authorized_grant_type: "CODE", scopes: ["analytics:readonly"] },
      },
    });
    const after = terraformJson({
      genesyscloud_oauth_client: {
        app: { name: "App", authorized_grant_type: "CODE", scopes: ["analytics:readonly", "recordings:readonly"] },
      },
    });
    const report = drift(before, after);
    expect(report.subjects[0]!.changes[0]).toMatchObject({
      kinds: ["scope_added"],
      resource: "genesyscloud_oauth_client.app",
      paths: ["scopes"],
      privacy_relevant: true,
    });
    expect(report.subjects[0]!.changes[0]!.summary).toContain('"recordings:readonly"');
    expect(report.exit_code).toBe(1);
  });

  test("a permission added to a role the client holds", () => {
    const after = client(roleGrant(), {
      permission_policies: [
        { domain: "analytics", entity_name: "conversationAggregate", action_set: ["view"] },
        { domain: "recording", entity_name: "recording", action_set: ["view"] },
      ],
    });
    expect(kinds(client(roleGrant()), after)).toContain("role_permission_added");
  });

  test("a division widened to all divisions", () => {
    expect(kinds(client(roleGrant("home")), client(roleGrant("*")))).toContain("division_widened");
  });

  test("a destination changed to another host", () => {
    const after = action({
      config_request: {
        request_type: "GET",
        request_url_template: "https://collector.example.net/customers?phone=$${input.phoneNumber}",
      },
    });
    expect(kinds(action(), after)).toEqual(expect.arrayContaining(["destination_changed", "new_vendor_egress"]));
  });

  test("https downgraded: one change (one cause) carrying the kind, not one per effect", () => {
    const after = action({
      config_request: {
        request_type: "GET",
        request_url_template: "http://crm.example.eu/customers?phone=$${input.phoneNumber}",
      },
    });
    const changes = drift(action(), after).subjects[0]!.changes.filter(
      (change) => change.resource === "genesyscloud_integration_action.lookup",
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]!.kinds).toContain("https_downgraded");
    expect(changes[0]!.summary).toContain("https://crm.example.eu/… → http://crm.example.eu/…");
  });

  test("secure turned off on a data action", () => {
    expect(kinds(action(), action({ secure: false }))).toContain("secure_disabled");
  });

  test("masking disabled (co-browse masking selectors removed)", () => {
    const web = (cobrowse: Record<string, unknown>) =>
      terraformJson({
        genesyscloud_webdeployments_configuration: {
          web: {
            name: "Web",
            languages: ["en-us"],
            default_language: "en-us",
            cobrowse: [{ enabled: true, ...cobrowse }],
          },
        },
      });
    expect(kinds(web({ mask_selectors: [".card-number"] }), web({}))).toContain("masking_disabled");
  });

  test("retention lengthened on a recording policy", () => {
    const retention = (days: number) =>
      terraformJson({
        genesyscloud_recording_media_retention_policy: {
          calls: {
            name: "Calls",
            actions: [{ retain_recording: true, retention_duration: [{ delete_retention: [{ days }] }] }],
          },
        },
      });
    expect(kinds(retention(90), retention(365))).toContain("retention_lengthened");
    expect(kinds(retention(365), retention(90))).not.toContain("retention_lengthened");
  });

  test("new data elements in a contract", () => {
    const after = action({
      contract_output: JSON.stringify({
        type: "object",
        properties: {
          firstName: { type: "string" },
          email: { type: "string" },
          dateOfBirth: { type: "string" },
          iban: { type: "string" },
        },
      }),
    });
    const change = drift(action(), after).subjects[0]!.changes.find((candidate) =>
      candidate.kinds.includes("new_data_elements"),
    );
    expect(change?.summary).toContain("Bank account details");
  });

  test("a subject deployed that was never assessed, and a subject gone", () => {
    const report = drift(client(roleGrant()), action());
    expect(report.subjects.map((subject) => [subject.subject, subject.state])).toEqual([
      ["genesyscloud_integration.crm", "new"],
      ["genesyscloud_oauth_client.reporting", "gone"],
    ]);
    expect(report.subjects.find((subject) => subject.state === "gone")!.failed).toBe(false);
    expect(report.exit_code).toBe(1);
  });

  test("cosmetic drift (a description, the order of redirect URIs) is reported as such and never fails", () => {
    const app = (description: string, redirects: string[]) => ({
      name: "App",
      description,
      authorized_grant_type: "CODE",
      scopes: ["analytics:readonly"],
      registered_redirect_uris: redirects,
    });
    const before = terraformJson({
      genesyscloud_oauth_client: { app: app("old", ["https://crm.example.eu/a", "https://crm.example.eu/b"]) },
    });
    const after = terraformJson({
      genesyscloud_oauth_client: { app: app("new words", ["https://crm.example.eu/b", "https://crm.example.eu/a"]) },
    });
    const report = drift(before, after);
    expect(report.subjects[0]).toMatchObject({ state: "cosmetic", failed: false });
    expect(report.subjects[0]!.changes.map((change) => change.kinds)).toEqual([["cosmetic"]]);
    expect(report.exit_code).toBe(0);
  });

  test("a value that could be personal data is never printed, only hashed", () => {
    const contact = (phone: string) =>
      terraformJson({
        genesyscloud_externalcontacts_contact: { jane: { first_name: "Jane", cell_phone: [{ display: phone }] } },
      });
    const text = JSON.stringify(drift(contact("+44 20 7946 0958"), contact("+44 20 7946 0999")));
    expect(text).not.toContain("7946");
    expect(text).toMatch(/\(text, [0-9a-f]{8}\)/);
  });

  test("a fresh assessment that is blocked fails the run even with no configuration drift", () => {
    const risky = action({
      secure: false,
      contract_input: JSON.stringify({
        type: "object",
        properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
      }),
    });
    const report = compareWithBaselines(assessed(risky, policy), baselinesOf(risky, policy), {
      ignores: [],
      now: FIXED_NOW,
      source: "test",
    });
    expect(report.subjects[0]).toMatchObject({ state: "unchanged", failed: true });
    expect(report.subjects[0]!.verdict).toContain("the fresh assessment is blocked");
  });
});

describe("ignore entries", () => {
  const moved = action({
    config_request: {
      request_type: "GET",
      request_url_template: "https://crm.example.eu/v2/customers?phone=$${input.phoneNumber}",
      headers: { "X-Trace": "1" },
    },
  });
  const ignore = (expires: string): DriftIgnore => ({
    subject: "genesyscloud_integration.crm",
    path: "genesyscloud_integration_action.lookup.config_request",
    reason: "Path version bump agreed with the CRM team, ticket DPO-42",
    expires,
  });

  test("a valid entry covers the change, is named in the report, and the run passes", () => {
    const report = drift(action(), moved, [ignore("2026-03-31T00:00:00Z")]);
    expect(report.subjects[0]!.changes.every((change) => change.ignored)).toBe(true);
    expect(report.ignores_used).toHaveLength(1);
    expect(report.ignores_used[0]).toMatchObject({ entry: "drift.ignore[0]", expires: "2026-03-31T00:00:00Z" });
    expect(report.ignores_used[0]!.hid).toEqual([
      expect.objectContaining({ resource: "genesyscloud_integration_action.lookup", kinds: ["configuration_changed"] }),
    ]);
    expect(report.exit_code).toBe(0);
  });

  test("an expired entry stops applying and is listed as expired", () => {
    const report = drift(action(), moved, [ignore("2026-01-01T00:00:00Z")]);
    expect(report.ignores_used).toEqual([]);
    expect(report.ignores_expired).toHaveLength(1);
    expect(report.exit_code).toBe(1);
  });

  test("an entry for another attribute path does not cover the change", () => {
    const report = drift(action(), moved, [
      { ...ignore("2026-03-31T00:00:00Z"), path: "genesyscloud_integration_action.lookup.config_response" },
    ]);
    expect(report.exit_code).toBe(1);
  });

  const twice = { ...ignore("2026-03-31T00:00:00Z") };
  test.each([
    ["the whole resource", { ...twice, path: "genesyscloud_integration_action.lookup" }, "names a whole resource"],
    ["a whole resource in a module", { ...twice, path: "module.crm.genesyscloud_integration_action.lookup" }, "whole"],
    ["a whole resource with a trailing dot", { ...twice, path: "genesyscloud_integration_action.lookup." }, "whole"],
    ["a wildcard over its attributes", { ...twice, path: "genesyscloud_integration_action.lookup.*" }, "wildcard"],
    ["an expiry in 2099", ignore("2099-01-01T00:00:00Z"), "past the policy's maximum of 90 days"],
    ["an expiry one day past 90 days", ignore("2026-04-15T09:30:01Z"), "past the policy's maximum of 90 days"],
  ])("an entry naming %s is refused (exit 2) and hides nothing", (_label, entry, why) => {
    const report = drift(action(), moved, [entry]);
    expect(report.ignores_refused).toEqual([expect.objectContaining({ entry: "drift.ignore[0]" })]);
    expect(report.ignores_refused[0]!.why).toContain(why);
    expect(report.subjects[0]!.changes.some((change) => change.ignored)).toBe(false);
    expect(report.exit_code).toBe(2);
  });

  test("the maximum is the policy's, up to a year, and the clock is the one passed in", () => {
    const yearly = (maxIgnoreDays: number, expires = "2026-12-31T00:00:00Z") =>
      compareWithBaselines(assessed(moved, policy), baselinesOf(action(), policy), {
        ignores: [ignore(expires)],
        maxIgnoreDays,
        now: FIXED_NOW,
        source: "test",
      });
    expect(yearly(365).exit_code).toBe(0);
    expect(yearly(400, "2027-02-01T00:00:00Z").ignores_refused[0]!.why).toContain("maximum of 365 days");
    expect(yearly(300).exit_code).toBe(2);
  });

  test("an entry on the attribute where a division was widened is refused, and the change still counts", () => {
    const entry = {
      subject: "genesyscloud_oauth_client.reporting",
      path: "genesyscloud_oauth_client.reporting.roles",
      reason: "Division restructuring agreed with the platform team, DPO-77",
      expires: "2026-02-01T00:00:00Z",
    };
    for (const path of [entry.path, `${entry.path}[0].division_id`, `${entry.path}[0]`]) {
      const report = compareWithBaselines(assessed(client(roleGrant("*")), policy), baselinesOf(client(roleGrant())), {
        ignores: [{ ...entry, path }],
        now: FIXED_NOW,
        source: "test",
      });
      expect(report.ignores_refused[0]!.why).toContain("division_widened");
      const change = report.subjects[0]!.changes.find((candidate) => candidate.kinds.includes("division_widened"));
      expect(change?.ignored).toBeUndefined();
      expect(report.subjects[0]!.failed).toBe(true);
      expect(report.ignores_used).toEqual([]);
      expect(report.exit_code).toBe(2);
    }
  });

  test.each([
    ["https downgraded", { request_url_template: "http://crm.example.eu/customers?phone=$${input.phoneNumber}" }],
    ["destination changed", { request_url_template: "https://other.example.net/c?phone=$${input.phoneNumber}" }],
  ])("an entry over a change where %s is refused", (_label, request) => {
    const after = action({ config_request: { request_type: "GET", ...request } });
    const report = drift(action(), after, [ignore("2026-03-31T00:00:00Z")]);
    expect(report.ignores_refused).toHaveLength(1);
    expect(report.exit_code).toBe(2);
  });

  test("an entry over secure turned off is refused", () => {
    const report = drift(action(), action({ secure: false }), [
      { ...ignore("2026-03-31T00:00:00Z"), path: "genesyscloud_integration_action.lookup.secure" },
    ]);
    expect(report.ignores_refused[0]!.why).toContain("secure_disabled");
  });
});

describe("privacy-relevant classes an ignore cannot hide", () => {
  const roles = (divisions: string[]) =>
    terraformJson({
      genesyscloud_auth_role: { reader: { name: "Reader", permission_policies: [] } },
      genesyscloud_user_roles: {
        jane: { user_id: "u-1", roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_ids: divisions }] },
      },
    });
  test("a division added to a user's role grant (division_ids), and all divisions", () => {
    expect(kinds(roles(["home"]), roles(["home", "sales"]))).toContain("division_widened");
    expect(kinds(roles(["home"]), roles(["*"]))).toContain("division_widened");
  });

  test("transcription switched on for a queue, and PII redaction switched off", () => {
    const queue = (body: Record<string, unknown>) =>
      terraformJson({ genesyscloud_routing_queue: { support: { name: "Support", ...body } } });
    expect(kinds(queue({ enable_transcription: false }), queue({ enable_transcription: true }))).toContain(
      "recording_changed",
    );
    const settings = (pii: boolean) =>
      terraformJson({
        genesyscloud_routing_settings: {
          org: { transcription: [{ transcription: "Enabled", pii_redaction_enabled: pii }] },
        },
      });
    expect(kinds(settings(true), settings(false))).toContain("masking_disabled");
  });

  test("a host without a scheme in a credential field, and the org's region", () => {
    const credential = (host: string) =>
      terraformJson({
        genesyscloud_integration_credential: {
          crm: { name: "CRM", credential_type_name: "userDefined", fields: { apiHost: host } },
        },
      });
    expect(kinds(credential("crm.example.eu"), credential("collector.example.net"))).toContain("destination_changed");
    const dynamic = action({ config_request: { request_type: "GET", request_url_template: "$${input.target}" } });
    expect(kinds(action(), dynamic)).toContain("destination_changed");
    const inRegion = (aws_region: string) => terraformJson(webServiceAction({}), { aws_region });
    expect(kinds(inRegion("eu-west-1"), inRegion("us-east-1"))).toContain("destination_changed");
  });
});
