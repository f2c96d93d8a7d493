import { describe, expect, test } from "vitest";
import type { Policy } from "../../src/policy/schema";
import { findingsOf, terraformJson, webServiceAction } from "../helpers/assess-config";

const resources = webServiceAction({});

describe("GC-PRV-1 ProviderSdkDebugDisabled: the provider does not log request bodies", () => {
  test("Noncompliance: sdk_debug = true", () => {
    const findings = findingsOf(terraformJson(resources, { aws_region: "eu-west-1", sdk_debug: true }), "GC-PRV-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("sdk_debug = true");
  });
  test("Noncompliance: sdk_debug from a variable is not assumed off", () => {
    expect(
      findingsOf(terraformJson(resources, { aws_region: "eu-west-1", sdk_debug: "${var.debug}" }), "GC-PRV-1"),
    ).toHaveLength(1);
  });
  test("Compliance: sdk_debug absent or false", () => {
    expect(findingsOf(terraformJson(resources), "GC-PRV-1")).toEqual([]);
    expect(findingsOf(terraformJson(resources, { aws_region: "eu-west-1", sdk_debug: false }), "GC-PRV-1")).toEqual([]);
  });
});

describe("GC-PRV-2 ProviderRegionKnown: aws_region is a literal known region", () => {
  test("Noncompliance: no aws_region (it would come from GENESYSCLOUD_REGION)", () => {
    expect(findingsOf(terraformJson(resources, {}), "GC-PRV-2")[0]!.message).toContain("not set");
  });
  test("Noncompliance: region from a variable", () => {
    expect(findingsOf(terraformJson(resources, { aws_region: "${var.region}" }), "GC-PRV-2")[0]!.message).toContain(
      "not resolved",
    );
  });
  test("Noncompliance: region that Genesys does not have", () => {
    expect(findingsOf(terraformJson(resources, { aws_region: "eu-north-9" }), "GC-PRV-2")[0]!.message).toContain(
      "not a Genesys Cloud region",
    );
  });
  test("Noncompliance: no provider block at all", () => {
    expect(findingsOf(terraformJson(resources, null), "GC-PRV-2")).toHaveLength(1);
  });
  test("Compliance: eu-west-1", () => {
    expect(findingsOf(terraformJson(resources), "GC-PRV-2")).toEqual([]);
  });
});

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

describe("GC-PRV-4 ProviderApiTrafficGoesToApprovedHosts: a gateway or proxy is reviewed and encrypted", () => {
  const approvedProxy = {
    version: 1,
    destinations: [{ host: "proxy.example.eu", vendor: "Example Ltd", country: "IE", purposes: ["egress proxy"] }],
  } as Policy;
  test("Noncompliance: a proxy that is not on the allow-list", () => {
    const findings = findingsOf(
      terraformJson(resources, {
        aws_region: "eu-west-1",
        proxy: [{ host: "proxy.example.eu", port: "8080", protocol: "https" }],
      }),
      "GC-PRV-4",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("proxy.example.eu");
  });
  test("Noncompliance: a gateway over plain http, and a gateway host from a variable", () => {
    const http = findingsOf(
      terraformJson(resources, { aws_region: "eu-west-1", gateway: [{ host: "proxy.example.eu", protocol: "http" }] }),
      "GC-PRV-4",
      approvedProxy,
    );
    expect(http.map((finding) => finding.attribute)).toEqual(["gateway[0].protocol"]);
    const unresolved = findingsOf(
      terraformJson(resources, { aws_region: "eu-west-1", gateway: [{ host: "${var.gateway}" }] }),
      "GC-PRV-4",
      approvedProxy,
    );
    expect(unresolved[0]!.message).toContain("not resolved");
  });
  test("Compliance: an approved proxy over https, or none", () => {
    expect(
      findingsOf(
        terraformJson(resources, { aws_region: "eu-west-1", proxy: [{ host: "proxy.example.eu", protocol: "https" }] }),
        "GC-PRV-4",
        approvedProxy,
      ),
    ).toEqual([]);
    expect(findingsOf(terraformJson(resources), "GC-PRV-4")).toEqual([]);
  });
});
