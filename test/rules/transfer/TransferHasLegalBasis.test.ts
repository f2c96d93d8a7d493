import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow, crm } from "../../helpers/rules/allow-list";

const base = terraformJson(webServiceAction({}));

describe("GC-TRF-1 TransferHasLegalBasis: transfers rest on adequacy, DPF, SCCs or BCRs", () => {
  test("Noncompliance: EU org to a US host with no mechanism", () => {
    const findings = findingsOf(base, "GC-TRF-1", allow(crm()));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Data Privacy Framework certification, SCCs or BCRs");
  });
  test("Noncompliance: EU org to India with no mechanism", () => {
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ country: "IN" })))[0]!.message).toContain(
      "India has no adequacy decision",
    );
  });
  test("Compliance: US host with DPF, or with SCCs", () => {
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ transfer_mechanism: "dpf" })))).toEqual([]);
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ transfer_mechanism: "scc", scc_module: "M2" })))).toEqual([]);
  });
});
