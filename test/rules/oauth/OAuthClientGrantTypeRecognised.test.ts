import { describe, expect, test } from "vitest";
import { findingsAfterEdit, findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
import { role } from "../../helpers/rules/oauth";

describe("GC-OAC-9 OAuthClientGrantTypeRecognised: the grant type is known", () => {
  const roleGrant = { roles: [{ role_id: ref("genesyscloud_auth_role.reader"), division_id: "*" }] };
  test("Noncompliance: grant type from an unresolved variable; the roles are still assessed", () => {
    const config = terraformJson(
      oauthClient(
        { authorized_grant_type: "${var.grant_type}", ...roleGrant },
        role("recording", "recording", ["view"]),
      ),
    );
    expect(findingsOf(config, "GC-OAC-9")[0]!.message).toBe(
      'authorized_grant_type "${var.grant_type}" is not resolved before deployment',
    );
    expect(findingsOf(config, "GC-OAC-2")[0]!.message).toContain("recording:recording:view");
    expect(findingsOf(config, "GC-OAC-3")).toHaveLength(1);
  });
  test("Noncompliance: grant type not set; the scopes are still assessed", () => {
    // Terraform refuses a client without a grant type (the readers exit 2); the rules still name it.
    expect(() =>
      findingsOf(terraformJson(oauthClient({ authorized_grant_type: undefined, scopes: [] })), "GC-OAC-9"),
    ).toThrow('the required argument "authorized_grant_type"');
    const config = terraformJson(oauthClient({ authorized_grant_type: "CODE", scopes: ["recordings:readonly"] }));
    const withoutGrantType = (ruleId: string) =>
      findingsAfterEdit(config, ruleId, "genesyscloud_oauth_client.app", (attributes) => {
        delete attributes.authorized_grant_type;
      });
    expect(withoutGrantType("GC-OAC-9")[0]!.message).toBe("authorized_grant_type is not set");
    expect(withoutGrantType("GC-OAC-1")).toHaveLength(1);
  });
  test("Noncompliance: a grant type the provider does not accept", () => {
    expect(
      findingsOf(
        terraformJson(oauthClient({ authorized_grant_type: "IMPLICIT", scopes: ["users:readonly"] })),
        "GC-OAC-9",
      )[0]!.message,
    ).toContain("is not a grant type the provider accepts");
  });
  test("Compliance: CODE, SAML2BEARER and CLIENT-CREDENTIALS", () => {
    for (const grantType of ["CODE", "SAML2BEARER", "CLIENT-CREDENTIALS"]) {
      expect(
        findingsOf(
          terraformJson(oauthClient({ authorized_grant_type: grantType, scopes: ["users:readonly"] })),
          "GC-OAC-9",
        ),
      ).toEqual([]);
    }
  });
});
