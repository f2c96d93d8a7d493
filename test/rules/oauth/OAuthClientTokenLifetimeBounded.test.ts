import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, shown, terraformJson } from "../../helpers/assess-config";

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

describe("GC-OAC-5 OAuthClientTokenLifetimeBounded: the messages the DPO reads", () => {
  test("GC-OAC-5 Noncompliance: the lifetime in seconds and hours against the policy's limit", () => {
    expect(
      shown(
        terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: 172800 })),
        "GC-OAC-5",
      ),
    ).toEqual([
      [
        "access_token_validity_seconds",
        "tokens live 172800 seconds (48 h), more than the 86400 seconds the policy allows",
      ],
    ]);
  });
});

describe("GC-OAC-5 OAuthClientTokenLifetimeBounded: at its edges", () => {
  const client = (value: unknown) =>
    terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: value }));
  test("Noncompliance: a lifetime that is not resolved before deployment fails closed", () => {
    expect(findingsOf(client("${var.token_lifetime}"), "GC-OAC-5")).toEqual([
      expect.objectContaining({ message: "access_token_validity_seconds is not resolved before deployment" }),
    ]);
  });
  test("Compliance: exactly the policy's limit; one second more is a finding", () => {
    const policy = { version: 1 as const, thresholds: { max_token_lifetime_seconds: 3600 } };
    expect(findingsOf(client(3600), "GC-OAC-5", policy as never)).toEqual([]);
    expect(findingsOf(client(3601), "GC-OAC-5", policy as never)).toHaveLength(1);
  });
  test("Compliance: no lifetime set leaves the provider's default to the policy check of the default", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["users:readonly"] })), "GC-OAC-5")).toEqual([]);
  });
});
