import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../helpers/assess-config";

// An integration of a type the catalog does not know (AudioHook Monitor, Audio Connector and bot connectors are not
// in it: their type ids are not published) sends what it sends. When its properties name the endpoint, that host is
// the recipient and every rule applies to it, the scheme included; what it sends is unknown, so it fails closed as a
// resource type the catalog does not know does (GC-FLW-5). Before, such an integration streaming call audio over
// ws:// was approved with a High warning (h86).
const integration = (properties: Record<string, unknown> | undefined, type = "audiohook") =>
  terraformJson({
    genesyscloud_integration: {
      hook: {
        integration_type: type,
        intended_state: "ENABLED",
        config: { name: "Analytics", ...(properties ? { properties: JSON.stringify(properties) } : {}) },
      },
    },
  });

describe("an integration type the catalog does not know, with the endpoint in its properties", () => {
  test("ws:// to a vendor: no TLS (GC-FLW-3) and unknown data to a named third party (GC-FLW-5)", () => {
    const config = integration({ connectionUri: "ws://audiohook.vendor-analytics.com/api/v1/stream" });
    expect(findingsOf(config, "GC-FLW-3")).toHaveLength(1);
    const unknown = findingsOf(config, "GC-FLW-5");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toContain('integration type "audiohook"');
  });
  test("wss:// to a vendor still sends unknown data to a third party (GC-FLW-5), with TLS", () => {
    const config = integration({ connectionUri: "wss://audiohook.vendor-analytics.com/api/v1/stream" });
    expect(findingsOf(config, "GC-FLW-3")).toEqual([]);
    expect(findingsOf(config, "GC-FLW-5")).toHaveLength(1);
  });
  test("with no URL in its properties the recipient is unnamed: named for review (GC-FLW-4), not blocked", () => {
    expect(findingsOf(integration({ channel: "both" }), "GC-FLW-5")).toEqual([]);
    expect(findingsOf(integration(undefined), "GC-FLW-4")).toHaveLength(1);
  });
  test("a type the catalog knows keeps its own model", () => {
    expect(
      findingsOf(integration({ url: "https://apps.example.com/widget" }, "embedded-client-app"), "GC-FLW-5"),
    ).toEqual([]);
  });
});

describe("wherever the unknown integration names its endpoint (h90)", () => {
  test.each([
    ["nested in its properties", { endpoint: { uri: "wss://stream.vendor.example/ah" } }],
    ["in a list in its properties", { connectionUris: ["wss://stream.vendor.example/ah"] }],
    ["by another scheme than the web's (h91)", { endpoint: "sftp://stream.vendor.example/in" }],
    [
      "beside a Genesys Cloud API base, which is not the recipient",
      { apiBase: "https://api.mypurecloud.ie/api/v2", connectionUri: "wss://stream.vendor.example/ah" },
    ],
  ])("%s: the vendor's host is the recipient (GC-FLW-5)", (_where, properties) => {
    const findings = findingsOf(integration(properties), "GC-FLW-5");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("stream.vendor.example");
  });
  test("in its credential's fields", () => {
    const config = terraformJson({
      genesyscloud_integration_credential: {
        hook: { name: "Hook", credential_type_name: "basicAuth", fields: { url: "https://stream.vendor.example/ah" } },
      },
      genesyscloud_integration: {
        hook: {
          integration_type: "audiohook",
          config: { name: "Analytics", credentials: { basicAuth: "${genesyscloud_integration_credential.hook.id}" } },
        },
      },
    });
    expect(findingsOf(config, "GC-FLW-5")[0]?.message).toContain("stream.vendor.example");
  });
});
