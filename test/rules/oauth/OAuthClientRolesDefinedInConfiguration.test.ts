import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { assessInventory } from "../../../src/dpia/assess-inventory";
import { readHclFolder } from "../../../src/inventory/read-hcl";
import { readPlanJson } from "../../../src/inventory/read-plan";
import { applyPolicy } from "../../../src/policy/load-policy";
import { assess, findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
import { tempDir } from "../../helpers/stacks";
import { clientCredentials, role } from "../../helpers/rules/oauth";

describe("GC-OAC-7 OAuthClientRolesDefinedInConfiguration: granted roles can be read", () => {
  test("Noncompliance: a built-in role through a data source", () => {
    const config = terraformJson(oauthClient(clientCredentials("${data.genesyscloud_auth_role.admin.id}")), undefined, {
      genesyscloud_auth_role: { admin: { name: "admin" } },
    });
    expect(findingsOf(config, "GC-OAC-7")[0]!.message).toContain("data.genesyscloud_auth_role.admin");
  });
  test("Noncompliance: a literal role id", () => {
    expect(
      findingsOf(terraformJson(oauthClient(clientCredentials("6f3d2d1a-0000-4000-8000-000000000000"))), "GC-OAC-7"),
    ).toHaveLength(1);
  });
  test("Compliance: a role in the same configuration", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("routing", "queue", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-7")).toEqual([]);
  });

  // An unresolved role_id may be any role this configuration defines (a loop over them, a module output or a local
  // in a plan, an id known only after apply): what any of them grants is possible, so it is assessed.
  test("Noncompliance, fail closed: an unresolved role_id beside a recordings role is assessed as that role", () => {
    const config = terraformJson(
      oauthClient(clientCredentials("${(known after apply)}", "*"), role("recording", "recording", ["view"])),
    );
    const client = assess(config).dpias.find((dpia) => dpia.dpia_id.startsWith("OAC-"))!;
    expect(client.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(client.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-REC-3", "GC-OAC-7"]));
  });
  test("Noncompliance, fail closed: roles granted by looping over the configuration's roles (dynamic roles)", async () => {
    const dir = tempDir("oac-dynamic-roles-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      [
        'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}',
        'locals {\n  roles = { rec = "recording" }\n}',
        'resource "genesyscloud_auth_role" "r" {\n  for_each = local.roles\n  name = each.key\n  permission_policies {\n    domain = each.value\n    entity_name = "recording"\n    action_set = ["view"]\n  }\n}',
        'resource "genesyscloud_oauth_client" "exporter" {\n  name = "Exporter"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n  dynamic "roles" {\n    for_each = genesyscloud_auth_role.r\n    content {\n      role_id = roles.value.id\n      division_id = "*"\n    }\n  }\n}',
      ].join("\n"),
    );
    const policy = applyPolicy({ version: 1 }, "test", dir);
    const { dpias } = assessInventory(await readHclFolder(dir), { policy, now: new Date(0) });
    expect(dpias.find((dpia) => dpia.dpia_id.startsWith("OAC-"))!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("the roles an unresolved role_id may be are in the DPIA: a change to one changes its fingerprint", () => {
    const client = (actions: string[]) =>
      assess(
        terraformJson(
          oauthClient(clientCredentials("${(known after apply)}", "*"), role("recording", "recording", actions)),
        ),
      ).dpias.find((dpia) => dpia.dpia_id.startsWith("OAC-"))!;
    const viewing = client(["view"]);
    expect(viewing.resources.map((resource) => resource.address)).toContain("genesyscloud_auth_role.reader");
    expect(client(["view", "download"]).fingerprint).not.toBe(viewing.fingerprint);
  });
  // A role the gate cannot read may be any role, the built-in Master Admin included: granted to an API client, it may
  // grant every permission, recordings included (fail closed), and is not taken for this configuration's roles.
  test("Noncompliance, fail closed: a literal role id may be any role, so the client may take recordings", () => {
    const config = terraformJson(
      oauthClient(clientCredentials("6f3d2d1a-0000-4000-8000-000000000000"), role("routing", "queue", ["view"])),
    );
    const client = assess(config).dpias.find((dpia) => dpia.dpia_id.startsWith("OAC-"))!;
    expect(client.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(findingsOf(config, "GC-REC-3")).toHaveLength(1);
    // Not one of this configuration's roles: the routing role is not a member of the client's DPIA.
    expect(client.resources.map((resource) => resource.address)).not.toContain("genesyscloud_auth_role.reader");
  });
  test("Noncompliance, fail closed: the built-in Master Admin role looked up by a data source", async () => {
    const dir = tempDir("oac-master-admin-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      [
        'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}',
        'data "genesyscloud_auth_role" "admin" {\n  name = "Master Admin"\n}',
        'resource "genesyscloud_oauth_client" "exporter" {\n  name = "Exporter"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n  roles {\n    role_id = data.genesyscloud_auth_role.admin.id\n    division_id = "*"\n  }\n}',
      ].join("\n"),
    );
    const assessWith = async (policy: Parameters<typeof applyPolicy>[0]) =>
      assessInventory(await readHclFolder(dir), {
        policy: applyPolicy(policy, "test", dir),
        now: new Date(0),
      }).dpias.find((dpia) => dpia.dpia_id.startsWith("OAC-"))!;
    const blocked = await assessWith({ version: 1 });
    expect(blocked.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(blocked.findings.map((finding) => finding.rule_id)).toEqual(
      expect.arrayContaining(["GC-REC-3", "GC-OAC-7", "GC-OAC-3"]),
    );
    // A client the DPO reviewed and put on the allow-list is what GC-REC-3 lets through: High, a warning.
    const reviewed = await assessWith({
      version: 1,
      destinations: [{ oauth_client: "Exporter", vendor: "Acme QA", country: "DE", purposes: ["Quality assurance"] }],
    });
    expect(reviewed.findings.map((finding) => finding.rule_id)).not.toContain("GC-REC-3");
    expect(reviewed.compliance_status).not.toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Compliance kept: an expression naming this configuration's role is that role, not any role", () => {
    const config = terraformJson(
      oauthClient(
        clientCredentials("${element(genesyscloud_auth_role.reader[*].id, 0)}"),
        role("routing", "queue", ["view"]),
      ),
    );
    expect(findingsOf(config, "GC-REC-3")).toEqual([]);
  });
});

// Role expressions a reviewer wrote to get Master Admin past the gate, and the idiom that must stay approved
// (test/fixtures/role-expressions: .tf folders, and plans in the shape `terraform show -json` writes).
describe("GC-OAC-7 OAuthClientRolesDefinedInConfiguration: a role_id that may be a role defined elsewhere is any permission; one over the stack's own roles is those roles", () => {
  const fixtures = path.join(__dirname, "..", "..", "fixtures", "role-expressions");
  const statusOf = async (name: string) => {
    const file = path.join(fixtures, name);
    const inventory = name.endsWith(".json")
      ? readPlanJson(JSON.parse(fs.readFileSync(file, "utf8")), file)
      : await readHclFolder(file);
    const policy = applyPolicy({ version: 1 }, "test", fixtures);
    return assessInventory(inventory, { policy, now: new Date(0) }).dpias.find((dpia) =>
      dpia.dpia_id.startsWith("OAC-"),
    )!.compliance_status;
  };
  test.each([
    // The plan chose the data source's Master Admin (its id is the planned value); the first reference was the viewer.
    ["plan-conditional.json", "BLOCKED_FOR_DEPLOYMENT"],
    // The data source is read only during apply: its id is unknown, its reference the only one.
    ["plan-deferred-data-source.json", "BLOCKED_FOR_DEPLOYMENT"],
    ["conditional-data-source", "BLOCKED_FOR_DEPLOYMENT"],
    ["try-data-source", "BLOCKED_FOR_DEPLOYMENT"],
    ["coalesce-variable-literal", "BLOCKED_FOR_DEPLOYMENT"],
    // `dynamic "roles"` over two of this stack's flow-viewing roles: those roles, nothing else.
    ["dynamic-over-own-roles", "APPROVED_FOR_DEPLOYMENT"],
  ])("%s: %s", async (name, status) => {
    expect(await statusOf(name)).toBe(status);
  });
  test("an entity or action in another casing, or with a wildcard in it, is read as the one it may be", () => {
    for (const [entity, actions] of [
      ["Recording", ["view"]],
      ["recording", ["View"]],
      ["recording*", ["view"]],
    ] as const) {
      const config = terraformJson(
        oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recording", entity, [...actions])),
      );
      expect(findingsOf(config, "GC-REC-3"), `${entity} ${actions.join(",")}`).toHaveLength(1);
    }
  });
});
