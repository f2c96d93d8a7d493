import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, shown, terraformJson } from "../../helpers/assess-config";

const property = (instance: unknown) => ({ value: { instance } });

const trunk = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  terraformJson({
    genesyscloud_telephony_providers_edges_trunkbasesettings: {
      byoc: {
        name: "Carrier",
        trunk_meta_base_id: "external_sip_pcv_byoc_carrier.json",
        trunk_type: "EXTERNAL",
        properties: JSON.stringify(properties),
        ...extra,
      },
    },
    genesyscloud_telephony_providers_edges_trunk: {
      main: {
        trunk_base_settings_id: ref("genesyscloud_telephony_providers_edges_trunkbasesettings.byoc"),
        edge_group_id: "x",
      },
    },
  });

describe("GC-TEL-1 SipTrunkEncrypted: an external trunk uses TLS and SRTP", () => {
  test("Noncompliance: UDP signalling and SRTP off", () => {
    const findings = findingsOf(
      trunk({
        trunk_transport_serverProxyList: property(["sip.carrier.example"]),
        trunk_transport_protocol: property("UDP"),
        trunk_media_srtp: property(false),
      }),
      "GC-TEL-1",
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "SIP signalling uses UDP, not TLS",
      "SRTP is off or not resolved, so call audio travels unencrypted",
    ]);
  });
  test("Noncompliance: the provider's example, which states neither", () => {
    const findings = findingsOf(
      trunk({ trunk_label: property("example"), trunk_max_dial_timeout: property("1m") }),
      "GC-TEL-1",
    );
    // One finding for the properties attribute, naming both the transport and SRTP.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("SIP transport");
    expect(findings[0]!.message).toContain("SRTP");
  });
  test("Compliance: TLS and SRTP; phone trunks are internal", () => {
    expect(
      findingsOf(
        trunk({
          trunk_transport_serverProxyList: property(["sip.carrier.example"]),
          trunk_transport_protocol: property("TLS"),
          trunk_media_srtp: property(true),
        }),
        "GC-TEL-1",
      ),
    ).toEqual([]);
    expect(findingsOf(trunk({}, { trunk_type: "PHONE" }), "GC-TEL-1")).toEqual([]);
  });
  test("the carrier named in properties is a destination through the allow-list; the trunk joins its settings' DPIA", () => {
    const dpia = dpiaFor(
      trunk({
        trunk_transport_serverProxyList: property(["sip.carrier.example"]),
        trunk_transport_protocol: property("TLS"),
        trunk_media_srtp: property(true),
      }),
      "genesyscloud_telephony_providers_edges_trunk.main",
    );
    expect(dpia.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_telephony_providers_edges_trunkbasesettings.byoc",
      "genesyscloud_telephony_providers_edges_trunk.main",
    ]);
    expect(dpia.data_flows.map((flow) => flow.destination_host)).toEqual(["sip.carrier.example"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-DST-1");
  });
  test("an external trunk naming no carrier has an unknown destination", () => {
    const dpia = dpiaFor(trunk({}), "genesyscloud_telephony_providers_edges_trunkbasesettings.byoc");
    expect(dpia.data_flows.map((flow) => flow.destination_kind)).toEqual(["unknown"]);
  });
});

describe("GC-TEL-1 SipTrunkEncrypted: what each finding names", () => {
  const property = (instance: unknown) => ({ value: { instance } });
  const trunk = (properties: unknown, extra: Record<string, unknown> = {}) =>
    terraformJson({
      genesyscloud_telephony_providers_edges_trunkbasesettings: {
        byoc: {
          name: "Carrier",
          trunk_meta_base_id: "external_sip_pcv_byoc_carrier.json",
          trunk_type: "EXTERNAL",
          properties: typeof properties === "string" ? properties : JSON.stringify(properties),
          ...extra,
        },
      },
    });
  test("Noncompliance: no transport and no SRTP setting, each named", () => {
    expect(shown(trunk({ trunk_label: property("x") }), "GC-TEL-1")).toEqual([
      [
        "properties",
        "SRTP is not enabled in properties, so call audio may travel unencrypted; no SIP transport is set; the trunk's default is not TLS, so signalling with caller numbers may travel in clear",
      ],
    ]);
  });
  test("Noncompliance: UDP signalling and SRTP off name their property", () => {
    expect(
      shown(trunk({ trunk_transport_protocol: property("UDP"), trunk_media_srtp: property(false) }), "GC-TEL-1"),
    ).toEqual([
      ["properties.trunk_transport_protocol", "SIP signalling uses UDP, not TLS"],
      ["properties.trunk_media_srtp", "SRTP is off or not resolved, so call audio travels unencrypted"],
    ]);
  });
  test("Noncompliance: properties that cannot be read", () => {
    expect(shown(trunk("{ not json"), "GC-TEL-1")).toEqual([
      ["properties", "the trunk's properties cannot be read, so whether calls are encrypted is unknown"],
    ]);
  });
  test("Compliance: an Edge trunk is not a carrier trunk", () => {
    expect(findingsOf(trunk({}, { trunk_type: "EDGE" }), "GC-TEL-1")).toEqual([]);
  });
});
