import { describe, expect, test } from "vitest";
import { assess, findingsOf, oauthClient, terraformJson } from "../../helpers/assess-config";

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
  test("Noncompliance, fail closed: a scope unknown until apply may be any scope, so the client is blocked", () => {
    const [dpia] = assess(terraformJson(oauthClient({ scopes: ["${(known after apply)}"] }))).dpias;
    expect(dpia!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Compliance: known scopes", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["external-contacts:readonly"] })), "GC-OAC-6")).toEqual([]);
  });
});
