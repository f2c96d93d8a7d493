import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow, crm } from "../../helpers/rules/allow-list";

const base = terraformJson(webServiceAction({}));

describe("GC-TRF-3 TransferMechanismRobust: no derogations or unconfirmed partial adequacy", () => {
  test("Noncompliance: an Art. 49 derogation", () => {
    expect(
      findingsOf(
        base,
        "GC-TRF-3",
        allow(crm({ country: "IN", transfer_mechanism: "derogation", derogation: "Art. 49(1)(b)" })),
      )[0]!.message,
    ).toContain("Art. 49(1) (Art. 49(1)(b)) derogation");
  });
  test("Noncompliance: Canada without declaring the recipient in scope of the partial decision", () => {
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CA" })))[0]!.message).toContain(
      "commercial organisations subject to PIPEDA",
    );
  });
  test("Compliance: Canada declared in scope, Switzerland (full adequacy)", () => {
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CA", transfer_mechanism: "adequacy" })))).toEqual([]);
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CH" })))).toEqual([]);
  });
});
