import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);

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
