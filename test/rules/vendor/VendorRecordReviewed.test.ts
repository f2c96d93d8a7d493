import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);

describe("GC-VEN-6 VendorRecordReviewed: the vendor record is current", () => {
  test("Noncompliance: reviewed more than a year before the assessment", () => {
    const finding = integrationDpia(
      config,
      vendorPolicy({ records: [vendorRecord({ as_of: "2024-06-30" })] }),
    ).findings.find((f) => f.rule_id === "GC-VEN-6");
    expect(finding?.message).toContain("last reviewed 564 days ago");
  });
  test("Noncompliance: a shorter review interval in the policy", () => {
    expect(
      idsOf(config, vendorPolicy({ records: [vendorRecord({ as_of: "2025-09-01" })], review_interval_days: 90 })),
    ).toContain("GC-VEN-6");
  });
  test("Noncompliance: a review date in the future is not believed", () => {
    expect(
      integrationDpia(config, vendorPolicy({ records: [vendorRecord({ as_of: "2099-01-01" })] })).findings.find(
        (f) => f.rule_id === "GC-VEN-6",
      )?.message,
    ).toContain("in the future");
  });
  test("Compliance: reviewed last month", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord()] }))).not.toContain("GC-VEN-6");
  });
});
