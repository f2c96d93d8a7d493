import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, terraformJson } from "../../helpers/assess-config";

describe("GC-OAC-1 OAuthClientScopesAvoidCustomerData: scopes do not reach customer data", () => {
  test("Noncompliance: recordings:readonly", () => {
    const findings = findingsOf(terraformJson(oauthClient({ scopes: ["recordings:readonly"] })), "GC-OAC-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("call and interaction recordings");
  });
  test("Noncompliance: external-contacts", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["external-contacts"] })), "GC-OAC-1")).toHaveLength(1);
  });
  test.each(["oauth", "identity-providers", "authorization", "organization-authorization"])(
    "Noncompliance: %s changes who may read (new clients, single sign-on, grants, trusts), so it reaches everything",
    (scope) => {
      const [finding] = findingsOf(terraformJson(oauthClient({ scopes: [scope] })), "GC-OAC-1");
      expect(finding!.message).toContain("call and interaction recordings");
    },
  );
  test("Compliance: the read-only forms of those scopes only read configuration", () => {
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["oauth:readonly", "identity-providers:readonly"] })), "GC-OAC-1"),
    ).toEqual([]);
  });
  test("Compliance: configuration scopes only", () => {
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["architect:readonly", "routing:readonly"] })), "GC-OAC-1"),
    ).toEqual([]);
  });
});
