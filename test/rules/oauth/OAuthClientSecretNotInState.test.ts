import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, terraformJson } from "../../helpers/assess-config";

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

describe("GC-OAC-4 OAuthClientSecretNotInState: both ways the secret reaches state", () => {
  const client = (expose: unknown) =>
    terraformJson({
      genesyscloud_oauth_client: {
        app: {
          name: "App",
          authorized_grant_type: "CLIENT-CREDENTIALS",
          access_token_validity_seconds: 3600,
          expose_client_secret: expose,
        },
      },
    });
  test("Noncompliance: exposed, or not resolved before deployment", () => {
    expect(findingsOf(client(true), "GC-OAC-4").map((finding) => finding.attribute)).toEqual(["expose_client_secret"]);
    expect(findingsOf(client("${var.expose}"), "GC-OAC-4").map((finding) => finding.attribute)).toEqual([
      "expose_client_secret",
    ]);
  });
  test("Compliance: not exposed", () => {
    expect(findingsOf(client(false), "GC-OAC-4")).toEqual([]);
  });
});
