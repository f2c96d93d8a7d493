import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
import { clientCredentials, role } from "../../helpers/rules/oauth";

describe("GC-OAC-3 OAuthClientGrantsNamedDivisions: personal-data roles are not granted in all divisions", () => {
  test('Noncompliance: division_id = "*"', () => {
    const config = terraformJson(
      oauthClient(
        clientCredentials(ref("genesyscloud_auth_role.reader"), "*"),
        role("recording", "recording", ["view"]),
      ),
    );
    expect(findingsOf(config, "GC-OAC-3")[0]!.message).toContain("all divisions");
  });
  test("Noncompliance: division from a variable", () => {
    const config = terraformJson(
      oauthClient(
        clientCredentials(ref("genesyscloud_auth_role.reader"), "${var.division}"),
        role("recording", "recording", ["view"]),
      ),
    );
    expect(findingsOf(config, "GC-OAC-3")[0]!.message).toContain("not resolved");
  });
  test("Compliance: a named division", () => {
    const config = terraformJson(
      oauthClient(
        clientCredentials(ref("genesyscloud_auth_role.reader"), "${genesyscloud_auth_division.eu.id}"),
        role("recording", "recording", ["view"]),
      ),
    );
    expect(findingsOf(config, "GC-OAC-3")).toEqual([]);
  });
  test("Compliance: all divisions for a role without personal data", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader"), "*"), role("architect", "flow", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-3")).toEqual([]);
  });
});
