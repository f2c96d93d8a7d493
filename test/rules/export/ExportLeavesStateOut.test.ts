import { describe, expect, test } from "vitest";
import { findingsOf } from "../../helpers/assess-config";
import { tfExport } from "../../helpers/rules/export";

describe("GC-EXP-1 ExportLeavesStateOut: an export writes no state file", () => {
  test("Noncompliance: include_state_file = true", () => {
    expect(
      findingsOf(
        tfExport({ include_state_file: true, include_filter_resources: ["genesyscloud_routing_queue"] }),
        "GC-EXP-1",
      )[0]!.attribute,
    ).toBe("include_state_file");
  });
  test("Noncompliance: include_state_file set by a variable", () => {
    expect(findingsOf(tfExport({ include_state_file: "${var.with_state}" }), "GC-EXP-1")[0]!.message).toContain(
      "not resolved",
    );
  });
  test("Compliance: no state file", () => {
    expect(findingsOf(tfExport({ include_state_file: false }), "GC-EXP-1")).toEqual([]);
  });
});
