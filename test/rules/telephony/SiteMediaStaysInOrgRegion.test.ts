import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";

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

describe("GC-TEL-2 SiteMediaStaysInOrgRegion: every kind of region it can meet", () => {
  const site = (regions: string[], provider: Record<string, unknown> | null = { aws_region: "eu-west-1" }) =>
    terraformJson(
      {
        genesyscloud_telephony_providers_edges_site: {
          hq: { name: "HQ", location_id: "l", media_model: "Cloud", media_regions: regions },
        },
      },
      provider,
    );
  test("Noncompliance: an unresolved region, an unknown one, and an org whose region is unknown", () => {
    expect(shown(site(["${var.media_region}"]), "GC-TEL-2")).toEqual([
      ["media_regions", "media region ${var.media_region} is not resolved before deployment"],
    ]);
    expect(shown(site(["mars-north-1"]), "GC-TEL-2")).toEqual([
      [
        "media_regions",
        'media region "mars-north-1" is not a region the catalog knows, so where call audio is processed is unknown',
      ],
    ]);
    expect(shown(site(["eu-west-1"], { aws_region: "${var.region}" }), "GC-TEL-2")).toEqual([
      ["media_regions", "call audio is processed in eu-west-1 (IE) and the org's own region is unknown"],
    ]);
  });
  test("Compliance: the org's own country outside the EEA", () => {
    expect(findingsOf(site(["us-east-1"], { aws_region: "us-east-1" }), "GC-TEL-2")).toEqual([]);
    expect(findingsOf(site(["us-east-1"], { aws_region: "eu-west-1" }), "GC-TEL-2")).toHaveLength(1);
  });
});
