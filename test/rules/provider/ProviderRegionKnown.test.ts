import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson, webServiceAction } from "../../helpers/assess-config";

const resources = webServiceAction({});

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

describe("GC-PRV-2 ProviderRegionKnown: the provider's region", () => {
  const statusCheck = webServiceAction({
    secure: false,
    contract_input: JSON.stringify({ type: "object", properties: { service: { type: "string" } } }),
    contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
    config_request: { request_type: "GET", request_url_template: "https://status.example.eu/health/$${input.service}" },
  });
  test("GC-PRV-2 Compliance: an unknown region matters only where personal data leaves Genesys", () => {
    expect(findingsOf(terraformJson(statusCheck, {}), "GC-PRV-2")).toEqual([]);
    expect(findingsOf(terraformJson(statusCheck, { aws_region: "${var.region}" }), "GC-PRV-2")).toEqual([]);
    expect(
      findingsOf(terraformJson(statusCheck, { aws_region: "eu-north-9" }), "GC-PRV-2").map(
        (finding) => finding.message,
      ),
    ).toEqual(['aws_region "eu-north-9" is not a Genesys Cloud region']);
  });
  test("GC-PRV-2 Noncompliance: each message says which way the region is unknown", () => {
    const lookup = webServiceAction({});
    expect(shown(terraformJson(lookup, {}), "GC-PRV-2")).toEqual([
      [
        "aws_region",
        "aws_region is not set and no GENESYSCLOUD_REGION, --region or policy org_region names the org's region, so where personal data leaving Genesys is transferred from is unknown",
      ],
    ]);
    expect(shown(terraformJson(lookup, { aws_region: "${var.region}" }), "GC-PRV-2")).toEqual([
      ["aws_region", "aws_region ${var.region} is not resolved before deployment"],
    ]);
  });
});
