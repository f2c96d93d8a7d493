import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

describe("GC-VEN-7 GenesysRetentionWithinPurpose: Genesys keeps shared data no longer than the declared purpose", () => {
  test("Noncompliance: Genesys keeps recordings 365 days, the vendor's purpose ends after 90", () => {
    const policy = vendorPolicy({
      records: [vendorRecord({ retention: { live: "P90D" } })],
      purpose_retention: [{ host: "api.marketing.example.eu", purpose: "Campaign analytics", retention: "P90D" }],
    });
    const finding = integrationDpia(recordingShareConfig(365), policy).findings.find((f) => f.rule_id === "GC-VEN-7");
    expect(finding?.message).toContain("Genesys keeps the data 365 days");
    expect(finding?.message).toContain("ends after 90 days");
  });
  test("Compliance: Genesys deletes after 90, the purpose is 90", () => {
    const policy = vendorPolicy({
      records: [vendorRecord({ retention: { live: "P90D" } })],
      purpose_retention: [{ host: "api.marketing.example.eu", purpose: "Campaign analytics", retention: "P90D" }],
    });
    expect(idsOf(recordingShareConfig(90), policy)).not.toContain("GC-VEN-7");
  });
});
