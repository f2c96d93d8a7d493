import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);

describe("GC-VEN-3 VendorCanErase: erasure reaches the vendor's copy", () => {
  test("Noncompliance: the vendor only soft-deletes", () => {
    const finding = integrationDpia(
      config,
      vendorPolicy({ records: [vendorRecord({ deletion: { mode: "soft", api: true } })] }),
    ).findings.find((f) => f.rule_id === "GC-VEN-3");
    expect(finding?.message).toContain("only soft-deletes");
  });
  test("Noncompliance: hard deletion but no API to delete one person's data", () => {
    expect(
      integrationDpia(
        config,
        vendorPolicy({ records: [vendorRecord({ deletion: { mode: "hard", api: false } })] }),
      ).findings.find((f) => f.rule_id === "GC-VEN-3")?.message,
    ).toContain("has no API");
  });
  test("Compliance: crypto-shredding by API", () => {
    expect(
      idsOf(config, vendorPolicy({ records: [vendorRecord({ deletion: { mode: "crypto-shred", api: true } })] })),
    ).not.toContain("GC-VEN-3");
  });
  test("Compliance: erasure declared not required by the policy", () => {
    expect(
      idsOf(
        config,
        vendorPolicy({ records: [vendorRecord({ deletion: { mode: "none", api: false } })], erasure_required: false }),
      ),
    ).not.toContain("GC-VEN-3");
  });
});
