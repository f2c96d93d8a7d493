import { parseHostPattern } from "../hosts/host-pattern";
import { InputError } from "../validation/input-error";
import { assertNestingDepth } from "../validation/nesting-depth";
import { jsonPath, validateAgainst } from "../validation/schema-validator";
import { VendorRecordSchema, type VendorRecord } from "./schema";

/** One reason a value is not a vendor record: where (a JSON path) and what was expected there. */
export interface VendorRecordProblem {
  path: string;
  expected: string;
}

export type VendorRecordCheck = { ok: true; record: VendorRecord } | { ok: false; problems: VendorRecordProblem[] };

function under(at: string, location: string): string {
  if (!location) return at || "(the record)";
  return at && !location.startsWith("[") ? `${at}.${location}` : `${at}${location}`;
}

/** A missing property is named in its own path, as every other problem is: `vendors[0].vendor_data_capability`. */
function atMissing(at: string, problem: { location: string; expected: string }): VendorRecordProblem {
  const missing = /^missing required property "(.*)"$/.exec(problem.expected);
  if (!missing) return { path: under(at, problem.location), expected: problem.expected };
  const property = /^[A-Za-z_][\w-]*$/.test(missing[1]!) ? missing[1]! : JSON.stringify(missing[1]);
  return {
    path: under(at, problem.location ? `${problem.location}.${property}` : property),
    expected: "required, missing",
  };
}

/**
 * A value from outside (a vendor-risk API, fides, a fuzzer) checked as a vendor record. Never throws
 * for any JSON value, however deep or odd: the depth limit first, then the published JSON Schema
 * (every problem with its JSON path under `at`), then zod for what JSON Schema cannot state.
 */
export function checkVendorRecord(value: unknown, at = ""): VendorRecordCheck {
  try {
    assertNestingDepth(value, at);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      ok: false,
      problems: error.problems.map((problem) => ({ path: under(at, problem.location), expected: problem.expected })),
    };
  }
  const shape = validateAgainst(VendorRecordSchema, value, "");
  if (shape.length > 0) return { ok: false, problems: shape.map((problem) => atMissing(at, problem)) };
  const parsed = VendorRecordSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: under(at, jsonPath(issue.path)),
        expected: issue.message,
      })),
    };
  const hosts = hostProblems(parsed.data, at);
  return hosts.length > 0 ? { ok: false, problems: hosts } : { ok: true, record: parsed.data };
}

/** A host pattern that cannot be matched would leave the vendor's hosts silently unclaimed. */
function hostProblems(record: VendorRecord, at: string): VendorRecordProblem[] {
  return record.vendor_data_capability.hosts.flatMap((pattern, index) => {
    const parsed = parseHostPattern(pattern);
    return parsed.ok ? [] : [{ path: under(at, `vendor_data_capability.hosts[${index}]`), expected: parsed.expected }];
  });
}

/** The first problems as one line: `vendors[0].vendor_data_capability.retention.live: expected …`. */
export function describeRecordProblems(problems: readonly VendorRecordProblem[]): string {
  const shown = problems.slice(0, 3).map((problem) => `${problem.path}: ${problem.expected}`);
  return `${shown.join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`;
}
