import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

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
