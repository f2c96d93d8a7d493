import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);

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
