import { describe, expect, test } from "vitest";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

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
  test("Compliance (of this rule): a source that gave no answer is GC-VEN-8, not this High finding", () => {
    const policy = vendorPolicy({
      records: [vendorRecord(), vendorRecord({}, { fides_key: "twin" })],
      on_source_failure: "critical",
    });
    expect(idsOf(config, policy)).toEqual(expect.arrayContaining(["GC-VEN-8"]));
    expect(idsOf(config, policy)).not.toContain("GC-VEN-1");
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
