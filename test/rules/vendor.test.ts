import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../helpers/vendors";

const config = recordingShareConfig(90);

describe("GC-VEN-1 VendorCapabilityKnown: the receiving vendor's capability is known", () => {
  test("Noncompliance: vendor checks are configured but no record names the host", () => {
    const dpia = integrationDpia(
      config,
      vendorPolicy({ records: [vendorRecord({ hosts: ["api.other.example.eu"] })] }),
    );
    const finding = dpia.findings.find((candidate) => candidate.rule_id === "GC-VEN-1");
    expect(finding?.severity).toBe("High");
    expect(finding?.message).toContain("no vendor record names api.marketing.example.eu");
    expect(dpia.vendor_governance?.flows[0]?.status).toBe("not_found");
  });
  test("Noncompliance: two records claim the same host (ambiguous, not silently the first)", () => {
    const policy = vendorPolicy({ records: [vendorRecord(), vendorRecord({}, { fides_key: "twin" })] });
    expect(integrationDpia(config, policy).findings.find((f) => f.rule_id === "GC-VEN-1")?.message).toContain(
      "2 vendor records claim",
    );
  });
  test("Compliance: a record names the host", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord()] }))).not.toContain("GC-VEN-1");
  });
  test("Compliance: no vendor source configured: the DPIA says vendor capability was not assessed", () => {
    const dpia = integrationDpia(config, vendorPolicy(undefined));
    expect(dpia.findings.map((f) => f.rule_id)).not.toContain("GC-VEN-1");
    expect(dpia.vendor_governance).toMatchObject({ assessed: false });
    expect(dpia.vendor_governance?.note).toContain("Not assessed");
  });
});

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

describe("GC-VEN-4 VendorDpaSigned: a processor has a signed DPA", () => {
  test("Noncompliance: no DPA", () => {
    expect(
      integrationDpia(config, vendorPolicy({ records: [vendorRecord({ dpa: { status: "none" } })] })).findings.find(
        (f) => f.rule_id === "GC-VEN-4",
      )?.message,
    ).toContain("does not exist");
  });
  test("Noncompliance: a processor whose DPA is marked not relevant", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord({ dpa: { status: "not_relevant" } })] }))).toContain(
      "GC-VEN-4",
    );
  });
  test("Compliance: an independent controller with no DPA needed", () => {
    expect(
      idsOf(
        config,
        vendorPolicy({
          records: [vendorRecord({ dpa: { status: "not_relevant" } }, { responsibility: ["Controller"] })],
        }),
      ),
    ).not.toContain("GC-VEN-4");
  });
});

describe("GC-VEN-5 VendorSubProcessorTransfersLawful: sub-processors abroad have a transfer mechanism", () => {
  test("Noncompliance: a sub-processor in the US with no mechanism", () => {
    const record = vendorRecord({
      sub_processors: [{ name: "Example Analytics Inc.", country: "US", transfer_mechanism: "none" }],
    });
    expect(
      integrationDpia(config, vendorPolicy({ records: [record] })).findings.find((f) => f.rule_id === "GC-VEN-5")
        ?.message,
    ).toContain("Example Analytics Inc.");
  });
  test("Noncompliance: a sub-processor in India (no adequacy) with no mechanism", () => {
    const record = vendorRecord({
      sub_processors: [{ name: "Example Support Pvt", country: "IN", transfer_mechanism: "none" }],
    });
    expect(idsOf(config, vendorPolicy({ records: [record] }))).toContain("GC-VEN-5");
  });
  test("Noncompliance: the org's region is unknown: judged as an EU controller, not skipped", () => {
    const unknownRegion = recordingShareConfig(90) as { provider?: unknown };
    delete unknownRegion.provider;
    const record = vendorRecord({
      sub_processors: [{ name: "Example Analytics Inc.", country: "US", transfer_mechanism: "none" }],
    });
    expect(idsOf(unknownRegion, vendorPolicy({ records: [record] }))).toContain("GC-VEN-5");
  });
  test("Compliance: US sub-processor under the DPF, Japanese one under adequacy, German one", () => {
    const record = vendorRecord({
      sub_processors: [
        { name: "Example Analytics Inc.", country: "US", transfer_mechanism: "dpf" },
        { name: "Example KK", country: "JP", transfer_mechanism: "adequacy" },
        { name: "Example Cloud SE", country: "DE", transfer_mechanism: "none" },
      ],
    });
    expect(idsOf(config, vendorPolicy({ records: [record] }))).not.toContain("GC-VEN-5");
  });
});

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
