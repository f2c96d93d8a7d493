import { describe, expect, test } from "vitest";
import { InputError } from "../../../src/validation/input-error";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);
/** Two records that claim the same host: the source answers, but gives no one answer for it. */
const ambiguous = [vendorRecord(), vendorRecord({}, { fides_key: "twin" })];

describe("GC-VEN-8 VendorSourceAnswered: every vendor source gave a usable answer for each receiving host", () => {
  test("Noncompliance: with on_source_failure critical, no answer is a Critical finding that blocks", () => {
    const dpia = integrationDpia(config, vendorPolicy({ records: ambiguous, on_source_failure: "critical" }));
    const finding = dpia.findings.find((candidate) => candidate.rule_id === "GC-VEN-8");
    expect(finding?.severity).toBe("Critical");
    expect(finding?.message).toBe(
      "VENDOR_SOURCE_FAILED: vendor source policy vendor records gave no answer for receiving host api.marketing.example.eu: 2 vendor records claim api.marketing.example.eu (example_marketing, twin)",
    );
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.vendor_governance?.flows[0]?.status).toBe("unavailable");
  });

  test("Noncompliance: by default (on_source_failure error) the assessment stops with an input error naming it", () => {
    let thrown: unknown;
    try {
      integrationDpia(config, vendorPolicy({ records: ambiguous }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toBe(
      'genesyscloud_integration_action.share: vendor source policy vendor records gave no answer for receiving host api.marketing.example.eu: 2 vendor records claim api.marketing.example.eu (example_marketing, twin); the flow cannot be assessed and nothing was approved (vendors.on_source_failure "critical" blocks with GC-VEN-8 instead)',
    );
  });

  test("Noncompliance: on_mismatch warn does not soften it (it is no DATA_GOVERNANCE_MISMATCH)", () => {
    const dpia = integrationDpia(
      config,
      vendorPolicy({ records: ambiguous, on_source_failure: "critical", on_mismatch: "warn" }),
    );
    expect(dpia.findings.find((candidate) => candidate.rule_id === "GC-VEN-8")?.severity).toBe("Critical");
  });

  test("Compliance: a source that answered, with a record or with none, raises nothing here", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord()] }))).not.toContain("GC-VEN-8");
    const none = vendorPolicy({ records: [vendorRecord({ hosts: ["api.other.example.eu"] })] });
    expect(idsOf(config, none)).toEqual(expect.arrayContaining(["GC-VEN-1"]));
    expect(idsOf(config, none)).not.toContain("GC-VEN-8");
  });
});
