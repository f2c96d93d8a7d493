import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow, crm } from "../../helpers/rules/allow-list";

const base = terraformJson(webServiceAction({}));

describe("GC-TRF-2 TransferCountryKnown: recipients' and org's countries are known", () => {
  test("Noncompliance: a host that is not on the allow-list has no known country", () => {
    expect(findingsOf(base, "GC-TRF-2")[0]!.message).toContain("country is unknown");
  });
  test("Compliance: an unresolved org region alone does not make an allow-listed recipient's country unknown (judged as an EU controller; GC-PRV-2 reports the region)", () => {
    expect(
      findingsOf(
        terraformJson(webServiceAction({}), { aws_region: "${var.region}" }),
        "GC-TRF-2",
        allow(crm({ country: "DE" })),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        terraformJson(webServiceAction({}), { aws_region: "${var.region}" }),
        "GC-PRV-2",
        allow(crm({ country: "DE" })),
      ),
    ).toHaveLength(1);
  });
  test("Compliance: allow-listed with a country", () => {
    expect(findingsOf(base, "GC-TRF-2", allow(crm({ country: "DE" })))).toEqual([]);
  });
});
