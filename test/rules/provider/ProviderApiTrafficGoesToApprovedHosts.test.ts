import { describe, expect, test } from "vitest";
import type { Policy } from "../../../src/policy/schema";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

const resources = webServiceAction({});

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

describe("GC-PRV-4 ProviderApiTrafficGoesToApprovedHosts: the provider's gateways", () => {
  const lookup = webServiceAction({});
  const approved = {
    version: 1,
    destinations: [{ host: "gw.example.eu", vendor: "Example Ltd", country: "IE", purposes: ["egress proxy"] }],
  } as never;
  test("GC-PRV-4 Noncompliance: the second gateway is judged by its own host", () => {
    const provider = {
      aws_region: "eu-west-1",
      gateway: [
        { host: "gw.example.eu", protocol: "https" },
        { host: "other.example.eu", protocol: "HTTP" },
      ],
    };
    expect(
      findingsOf(terraformJson(lookup, provider), "GC-PRV-4", approved).map((finding) => [
        finding.attribute,
        finding.message,
      ]),
    ).toEqual([
      [
        "gateway[1].host",
        "every API call of the provider passes through gateway other.example.eu, which is not on the allow-list",
      ],
      [
        "gateway[1].protocol",
        "the gateway is reached over plain http, so API traffic with personal data and tokens is unencrypted",
      ],
    ]);
  });
  test("GC-PRV-4 Noncompliance: a gateway that names no host", () => {
    expect(
      findingsOf(
        terraformJson(lookup, { aws_region: "eu-west-1", gateway: [{ port: "443", protocol: "https" }] }),
        "GC-PRV-4",
        approved,
      ).map((finding) => [finding.attribute, finding.message]),
    ).toEqual([
      [
        "gateway[0].host",
        "the gateway's host is not resolved before deployment, so every API call may pass through any host",
      ],
    ]);
  });
});
