import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
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
});
