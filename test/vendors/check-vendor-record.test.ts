import { describe, expect, test } from "vitest";
import { checkVendorRecord, describeRecordProblems } from "../../src/vendors/check-vendor-record";
import { vendorRecord } from "../helpers/vendors";

/** Values a fuzzer or a hostile source may send instead of a record. */
const ODD_VALUES: unknown[] = [
  null,
  0,
  -1e308,
  "",
  "x".repeat(100_000),
  [],
  {},
  [[[[]]]],
  JSON.parse('{"__proto__": {"polluted": true}, "fides_key": "x"}'),
  { ...vendorRecord(), vendor_data_capability: null },
  { ...vendorRecord(), vendor_data_capability: "P90D" },
  { ...vendorRecord(), privacy_declarations: [null, 1, "x"] },
  JSON.parse(`${"[".repeat(50_000)}${"]".repeat(50_000)}`),
  JSON.parse(`{"fides_key": ${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}}`),
];

describe("checkVendorRecord: a value from outside checked as a vendor record, never a throw", () => {
  test("a valid record is returned as the record, defaults applied", () => {
    const checked = checkVendorRecord(vendorRecord(), "vendors[0]");
    expect(checked.ok && checked.record.fides_key).toBe("example_marketing");
  });

  test.each(ODD_VALUES.map((value, index) => [index, value]))("odd value %i: problems with JSON paths", (_i, value) => {
    const checked = checkVendorRecord(value, "vendors[0]");
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.length).toBeGreaterThan(0);
    for (const problem of checked.problems) expect(problem.path).toMatch(/^vendors\[0\]/);
    expect(describeRecordProblems(checked.problems).split("\n")).toHaveLength(1);
  });

  test("the path names the field: a missing property, a wrong type, a host pattern that cannot match", () => {
    const problems = (value: unknown) => {
      const checked = checkVendorRecord(value, "vendors[0]");
      return checked.ok ? [] : checked.problems;
    };
    expect(problems({ fides_key: "x", name: "X" })).toContainEqual({
      path: "vendors[0].vendor_data_capability",
      expected: "required, missing",
    });
    expect(problems(vendorRecord({ retention: { live: 90 as unknown as string } }))).toContainEqual({
      path: "vendors[0].vendor_data_capability.retention.live",
      expected: "expected string",
    });
    expect(problems(vendorRecord({ hosts: ["*.com"] }))[0]?.path).toBe("vendors[0].vendor_data_capability.hosts[0]");
  });
});
