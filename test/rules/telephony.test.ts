import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

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
    expect(
      findingsOf(trunk({ trunk_label: property("example"), trunk_max_dial_timeout: property("1m") }), "GC-TEL-1"),
    ).toHaveLength(2);
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

describe("GC-TEL-2 SiteMediaStaysInOrgRegion: call audio is processed in the org's jurisdiction", () => {
  const site = (regions: string[], region = "eu-west-1") =>
    terraformJson(
      {
        genesyscloud_telephony_providers_edges_site: {
          hq: { name: "HQ", location_id: "l", media_model: "Cloud", media_regions: regions },
        },
      },
      { aws_region: region },
    );
  test("Noncompliance: an EU org with a US media region", () => {
    expect(findingsOf(site(["eu-west-1", "us-east-1"]), "GC-TEL-2").map((finding) => finding.message)).toEqual([
      "call audio is processed in us-east-1 (US), outside the org's jurisdiction (IE)",
    ]);
  });
  test("Noncompliance: a media region the catalog does not know", () => {
    expect(findingsOf(site(["mars-north-1"]), "GC-TEL-2")[0]!.message).toContain("not a region the catalog knows");
  });
  test("Compliance: EEA media regions for an EEA org", () => {
    expect(findingsOf(site(["eu-west-1", "eu-central-1"]), "GC-TEL-2")).toEqual([]);
  });
});
