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
  test("Compliance: routing configuration permissions", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("routing", "queue", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-2")).toEqual([]);
  });
});
