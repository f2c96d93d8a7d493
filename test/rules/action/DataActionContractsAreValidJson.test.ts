import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-ACT-3 DataActionContractsAreValidJson: contracts can be read", () => {
  test("Noncompliance: contract_input is not JSON", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ contract_input: "{ type: object" })), "GC-ACT-3");
    expect(findings[0]!.attribute).toBe("contract_input");
  });
  test("Compliance: both contracts are JSON", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-ACT-3")).toEqual([]);
  });
});
