import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
import { clientCredentials, role } from "../../helpers/rules/oauth";

describe("GC-OAC-2 OAuthClientRolesAvoidCustomerData: client-credentials roles do not reach customer data", () => {
  test("Noncompliance: recording:recording:view", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recording", "recording", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-2")[0]!.message).toContain("recording:recording:view");
  });
  test("Noncompliance: wildcard entity and action in the conversation domain", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("conversation", "*", ["*"])),
    );
    // One finding per role grant, naming every permission the wildcard reaches.
    const findings = findingsOf(config, "GC-OAC-2");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.split("; ").length).toBeGreaterThan(3);
  });
  test.each([
    ["authorization", "role", ["edit"]],
    ["authorization", "grant", ["add"]],
    ["authorization", "orgTrusteeUser", ["add"]],
    ["oauth", "client", ["add"]],
    ["directory", "user", ["setPassword"]],
    ["directory", "group", ["edit"]],
    ["sso", "provider", ["edit"]],
  ])(
    "Noncompliance: %s:%s:%s changes who may read, so it reaches what every permission reads",
    (domain, entity, actions) => {
      const config = terraformJson(
        oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role(domain, entity, actions)),
      );
      const [finding] = findingsOf(config, "GC-OAC-2");
      expect(finding!.message).toContain(`${domain}:${entity}:${actions[0]}`);
      expect(finding!.message).toContain("call and interaction recordings");
    },
  );
  test("Compliance: reading roles, or taking grants away, reaches no customer data", () => {
    for (const [entity, actions] of [
      ["role", ["view"]],
      ["grant", ["delete"]],
    ] as const) {
      const config = terraformJson(
        oauthClient(
          clientCredentials(ref("genesyscloud_auth_role.reader")),
          role("authorization", entity, [...actions]),
        ),
      );
      expect(findingsOf(config, "GC-OAC-2")).toEqual([]);
    }
  });
  test("Compliance: routing configuration permissions", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("routing", "queue", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-2")).toEqual([]);
  });
});
