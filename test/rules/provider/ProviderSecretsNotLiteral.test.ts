import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson, webServiceAction } from "../../helpers/assess-config";

const resources = webServiceAction({});

describe("GC-PRV-3 ProviderSecretsNotLiteral: the provider's secrets are not written into the configuration", () => {
  test("Noncompliance: literal oauthclient_secret", () => {
    const findings = findingsOf(
      terraformJson(resources, { aws_region: "eu-west-1", oauthclient_id: "id", oauthclient_secret: "s3cr3t-value" }),
      "GC-PRV-3",
    );
    expect(findings.map((finding) => finding.attribute)).toEqual(["oauthclient_secret"]);
    expect(JSON.stringify(findings)).not.toContain("s3cr3t-value");
  });
  test("Noncompliance: literal access_token and proxy password", () => {
    const findings = findingsOf(
      terraformJson(resources, {
        aws_region: "eu-west-1",
        access_token: "tok",
        proxy: [{ host: "proxy.example.eu", auth: [{ username: "u", password: "p" }] }],
      }),
      "GC-PRV-3",
    );
    expect(findings.map((finding) => finding.attribute).sort()).toEqual(["access_token", "proxy[0].auth.password"]);
  });
  test("Compliance: secrets from a variable or the environment", () => {
    expect(
      findingsOf(
        terraformJson(resources, { aws_region: "eu-west-1", oauthclient_secret: "${var.client_secret}" }),
        "GC-PRV-3",
      ),
    ).toEqual([]);
    expect(findingsOf(terraformJson(resources), "GC-PRV-3")).toEqual([]);
  });
});

describe("GC-PRV-3 ProviderSecretsNotLiteral: the provider's secrets", () => {
  const lookup = webServiceAction({});
  test("GC-PRV-3 Noncompliance: literal gateway and proxy passwords, each by its block's index", () => {
    const provider = {
      aws_region: "eu-west-1",
      access_token: "tok-123",
      gateway: [
        { host: "gw.example.eu", auth: [{ username: "u", password: "${var.p}" }] },
        { host: "gw2.example.eu", auth: [{ username: "u", password: "pw-2" }] },
      ],
      proxy: [{ host: "p.example.eu", auth: [{ username: "u", password: "pw-3" }] }],
    };
    expect(shown(terraformJson(lookup, provider), "GC-PRV-3")).toEqual([
      ["access_token", "access_token is a literal value in the configuration"],
      ["gateway[1].auth.password", "the gateway's password is a literal value in the configuration"],
      ["proxy[0].auth.password", "the proxy's password is a literal value in the configuration"],
    ]);
  });
  test("GC-PRV-3 Compliance: a gateway without auth, a password partly from a variable", () => {
    expect(
      findingsOf(
        terraformJson(lookup, {
          aws_region: "eu-west-1",
          gateway: [{ host: "gw.example.eu" }],
          proxy: [{ host: "p.example.eu", auth: [{ username: "u", password: "pre-${var.p}" }] }],
        }),
        "GC-PRV-3",
      ),
    ).toEqual([]);
  });
});
