import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);

describe("GC-VEN-2 VendorRetentionWithinPurpose: the vendor keeps the data no longer than needed", () => {
  test("Noncompliance: the vendor keeps 365 days what Genesys deletes after 90 (blocks)", () => {
    const dpia = integrationDpia(config, vendorPolicy({ records: [vendorRecord({ retention: { live: "P365D" } })] }));
    const finding = dpia.findings.find((f) => f.rule_id === "GC-VEN-2");
    expect(finding?.message).toMatch(
      /^DATA_GOVERNANCE_MISMATCH: .*keeps the data 365 days, but it is needed for 90 days \(Genesys side/,
    );
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.vendor_governance?.mismatches.map((m) => m.rule_id)).toEqual(["GC-VEN-2"]);
    expect(dpia.vendor_governance?.flows[0]).toMatchObject({
      genesys_retention: { days: 90 },
      vendor_retention: { live_days: 365, backup_days: 0 },
      controller_need: { days: 90 },
    });
  });
  test("Noncompliance: live retention within the need, but backups push it over", () => {
    const policy = vendorPolicy({ records: [vendorRecord({ retention: { live: "P60D", backups: "P35D" } })] });
    expect(integrationDpia(config, policy).findings.find((f) => f.rule_id === "GC-VEN-2")?.message).toContain(
      "95 days (60 days live and 35 in backups)",
    );
  });
  test("Noncompliance: a declared purpose retention shorter than what the vendor keeps", () => {
    const policy = vendorPolicy({
      records: [vendorRecord({ retention: { live: "P60D" } })],
      purpose_retention: [{ host: "*.marketing.example.eu", purpose: "Campaign analytics", retention: "P30D" }],
    });
    expect(
      integrationDpia(recordingShareConfig(30), policy).findings.find((f) => f.rule_id === "GC-VEN-2")?.message,
    ).toContain("needed for 30 days (purpose retention in the policy (Campaign analytics))");
  });
  test("Noncompliance, as a warning: the policy sets on_mismatch to warn and the DPIA says so", () => {
    const dpia = integrationDpia(
      config,
      vendorPolicy({ records: [vendorRecord({ retention: { live: "P1Y" } })], on_mismatch: "warn" }),
    );
    const finding = dpia.findings.find((f) => f.rule_id === "GC-VEN-2");
    expect(finding?.severity).toBe("High");
    expect(finding?.message).toContain('the policy sets vendors.on_mismatch to "warn"');
    expect(dpia.vendor_governance?.mismatch_handling).toBe("warn");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
  test("Compliance: the vendor keeps 60 days what is needed for 90", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord()] }))).toEqual([]);
  });
});
