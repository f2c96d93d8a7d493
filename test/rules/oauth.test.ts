import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson } from "../helpers/assess-config";

const clientCredentials = (roleId: string, division?: string) => ({
  authorized_grant_type: "CLIENT-CREDENTIALS",
  roles: [{ role_id: roleId, ...(division ? { division_id: division } : {}) }],
});
const role = (domain: string, entity: string, actions: string[]) => ({
  reader: { name: "Reader", permission_policies: [{ domain, entity_name: entity, action_set: actions }] },
});

describe("GC-OAC-1 OAuthClientScopesAvoidCustomerData: scopes do not reach customer data", () => {
  test("Noncompliance: recordings:readonly", () => {
    const findings = findingsOf(terraformJson(oauthClient({ scopes: ["recordings:readonly"] })), "GC-OAC-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("call and interaction recordings");
  });
  test("Noncompliance: external-contacts", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["external-contacts"] })), "GC-OAC-1")).toHaveLength(1);
  });
  test("Compliance: configuration scopes only", () => {
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["architect:readonly", "routing:readonly"] })), "GC-OAC-1"),
    ).toEqual([]);
  });
});

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
    expect(findingsOf(config, "GC-OAC-2").length).toBeGreaterThan(3);
  });
  test("Compliance: routing configuration permissions", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("routing", "queue", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-2")).toEqual([]);
  });
});

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

describe("GC-OAC-4 OAuthClientSecretNotInState: the client secret stays out of state", () => {
  test("Noncompliance: expose_client_secret = true", () => {
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["users:readonly"], expose_client_secret: true })), "GC-OAC-4"),
    ).toHaveLength(1);
  });
  test("Compliance: default", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["users:readonly"] })), "GC-OAC-4")).toEqual([]);
  });
});

describe("GC-OAC-5 OAuthClientTokenLifetimeBounded: tokens do not live longer than the policy allows", () => {
  test("Noncompliance: 450 days", () => {
    const findings = findingsOf(
      terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: 38880000 })),
      "GC-OAC-5",
    );
    expect(findings[0]!.message).toContain("38880000 seconds");
  });
  test("Noncompliance: above a stricter policy limit", () => {
    const config = terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: 7200 }));
    expect(
      findingsOf(config, "GC-OAC-5", { version: 1, thresholds: { max_token_lifetime_seconds: 3600 } }),
    ).toHaveLength(1);
  });
  test("Compliance: the provider default of 24 hours", () => {
    expect(
      findingsOf(
        terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: 86400 })),
        "GC-OAC-5",
      ),
    ).toEqual([]);
  });
});

describe("GC-OAC-6 OAuthClientScopesRecognised: every scope is known", () => {
  test("Noncompliance: a misspelt scope (externalcontacts has no hyphen)", () => {
    const findings = findingsOf(terraformJson(oauthClient({ scopes: ["externalcontacts"] })), "GC-OAC-6");
    expect(findings[0]!.message).toContain('"externalcontacts"');
  });
  test("Noncompliance: a scope from a variable", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["${var.scope}"] })), "GC-OAC-6")[0]!.message).toContain(
      "not resolved",
    );
  });
  test("Compliance: known scopes", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["external-contacts:readonly"] })), "GC-OAC-6")).toEqual([]);
  });
});

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
    const config = terraformJson(oauthClient({ authorized_grant_type: undefined, scopes: ["recordings:readonly"] }));
    expect(findingsOf(config, "GC-OAC-9")[0]!.message).toBe("authorized_grant_type is not set");
    expect(findingsOf(config, "GC-OAC-1")).toHaveLength(1);
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

describe("GC-OAC-8 OAuthClientPermissionDomainsRecognised: permission domains are known", () => {
  test("Noncompliance: an unknown domain", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recordingz", "recording", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-8")[0]!.message).toContain('"recordingz"');
  });
  test("Compliance: known domains", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("architect", "flow", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-8")).toEqual([]);
  });
});
