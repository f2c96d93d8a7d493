import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { loadPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { durationDays, fidesRetentionDays } from "../../src/vendors/duration";
import { tempDir } from "../helpers/stacks";
import { vendorRecord } from "../helpers/vendors";

function policyWith(vendors: unknown, files: Record<string, string> = {}): string {
  const dir = tempDir("vendor-policy-");
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ version: 1, vendors }));
  return path.join(dir, "dpia.policy.json");
}

function problemsOf(file: string) {
  try {
    loadPolicy({ file });
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected the policy to be refused");
}

describe("vendor records named by the policy", () => {
  test("a file with a list of records is read, relative to the policy", () => {
    const file = policyWith(
      { files: ["vendors.json"] },
      {
        "vendors.json": JSON.stringify([
          vendorRecord(),
          vendorRecord({ hosts: ["*.crm.example.eu"] }, { fides_key: "crm" }),
        ]),
      },
    );
    expect(loadPolicy({ file }).vendors.records.map((record) => record.fides_key)).toEqual([
      "example_marketing",
      "crm",
    ]);
  });

  test.each([
    ["a missing file", { files: ["nope.json"] }, {}, "vendors.files[0]", "does not exist"],
    [
      "a file that is not JSON",
      { files: ["v.json"] },
      { "v.json": "<html>" },
      "line 1, column 1",
      "vendor records in valid JSON (expected a value",
    ],
    [
      "a record with a bad duration",
      { files: ["v.json"] },
      { "v.json": JSON.stringify(vendorRecord({ retention: { live: "90 days" } })) },
      "vendor_data_capability.retention.live",
      "ISO 8601 duration",
    ],
    [
      "a record with an unknown deletion mode",
      {
        records: [
          {
            ...vendorRecord(),
            vendor_data_capability: {
              ...vendorRecord().vendor_data_capability,
              deletion: { mode: "shredded", api: true },
            },
          },
        ],
      },
      {},
      "vendors.records[0].vendor_data_capability.deletion.mode",
      "hard",
    ],
    [
      "a host pattern as wide as a public suffix",
      { records: [vendorRecord({ hosts: ["*.com"] })] },
      {},
      "hosts[0]",
      "public suffix",
    ],
    ["the same vendor twice", { records: [vendorRecord(), vendorRecord()] }, {}, "vendors", "given twice"],
    [
      "a purpose retention that is not a duration",
      { purpose_retention: [{ host: "api.example.eu", purpose: "x", retention: "ninety" }] },
      {},
      "vendors.purpose_retention[0].retention",
      "an ISO 8601 duration such as P90D",
    ],
  ])("%s is refused with the file and the place", (_name, vendors, files, location, expected) => {
    const problems = problemsOf(policyWith(vendors, files as Record<string, string>));
    expect(
      problems.some((problem) => problem.location.includes(location) && problem.expected.includes(expected)),
      JSON.stringify(problems),
    ).toBe(true);
  });
  test("a problem in a record file names that file, the record's place in it and what was expected", () => {
    const file = policyWith(
      { files: ["vendors.json"] },
      { "vendors.json": JSON.stringify([vendorRecord(), vendorRecord({ retention: { live: "90 days" } })]) },
    );
    expect(problemsOf(file)).toEqual([
      {
        file: path.join(path.dirname(file), "vendors.json"),
        location: "[1].vendor_data_capability.retention.live",
        expected: "expected an ISO 8601 duration such as P90D, P6M or P1Y",
      },
    ]);
  });
});

describe("durations", () => {
  test("ISO 8601 durations in days, months and years from a fixed reference", () => {
    expect([
      durationDays("P90D", "up"),
      durationDays("P2W", "up"),
      durationDays("P1Y", "up"),
      durationDays("P6M", "up"),
      durationDays("P1Y6M", "up"),
    ]).toEqual([90, 14, 365, 181, 546]);
  });
  test("a part day counts as a day kept by a vendor, and not as a day a purpose allows", () => {
    expect([durationDays("P90DT11H", "up"), durationDays("P90DT11H", "down"), durationDays("PT1S", "up")]).toEqual([
      91, 90, 1,
    ]);
  });
  test("fides retention_period as days, in the forms fides stores", () => {
    expect([
      fidesRetentionDays(30),
      fidesRetentionDays("30"),
      fidesRetentionDays("30 days"),
      fidesRetentionDays("P1Y"),
      fidesRetentionDays("forever"),
      fidesRetentionDays(undefined),
    ]).toEqual([30, 30, 30, 365, undefined, undefined]);
  });
});
