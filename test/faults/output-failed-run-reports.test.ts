import * as fs from "node:fs";
import * as path from "node:path";
import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { gateReportErrors, junitErrors, parseJunit, sarifErrors } from "../helpers/report-validators";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");

/** One way to make `dpia gate` exit 2 per cause: what it runs, and what the message must say. */
interface Fault {
  cause: "input" | "usage" | "internal";
  input: string;
  args: string[];
  node?: string[];
  reason: RegExp;
}

function faults(): Record<string, Fault> {
  const dir = tempDir("failed-run-");
  const truncated = path.join(dir, "truncated.json");
  fs.writeFileSync(truncated, '{"format_version": "1.2", "planned_values": {');
  const breakHashing = path.join(dir, "break-hashing.cjs");
  fs.writeFileSync(
    breakHashing,
    'const crypto = require("node:crypto");\nconst original = crypto.createHash;\ncrypto.createHash = (algorithm, ...rest) => { if (algorithm === "sha256") throw new TypeError("hashing is broken"); return original(algorithm, ...rest); };\n',
  );
  return {
    "an input that is not JSON": { cause: "input", input: truncated, args: [truncated], reason: /line 1, column \d+/ },
    "a usage mistake once the format is known": {
      cause: "usage",
      input: plan,
      args: [plan, "--quiet"],
      reason: /--quiet and --compact shape the text format/,
    },
    "a register that refuses the connection (a source fault)": {
      cause: "input",
      input: plan,
      args: [plan, "--register", "postgres://dpia@127.0.0.1:1/register"],
      reason: /postgres:\/\/dpia@127\.0\.0\.1:1\/register: .*ECONNREFUSED/,
    },
    "an internal error": {
      cause: "internal",
      input: plan,
      args: [plan, "--register", path.join(dir, "register.db")],
      node: ["--require", breakHashing],
      reason: /internal error while assessing .*TypeError: hashing is broken/,
    },
  };
}

function gate(fault: Fault, format: string) {
  const result = runDpia(["gate", ...fault.args, "--format", format], { node: fault.node });
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).toMatch(fault.reason);
  if (fault.cause !== "internal") expect(result.stderr).not.toContain("internal error");
  return result;
}

describe("on exit 2 the report a CI step reads carries the reason, whatever the cause", () => {
  const cases = Object.entries(faults());

  test.each(cases)(
    "JUnit, %s: one suite, one test case in error with the message, valid for Jenkins",
    async (_label, fault) => {
      const { stdout } = gate(fault, "junit");
      expect(await junitErrors(stdout)).toEqual([]);
      const report = parseJunit(stdout);
      expect(report.testsuites).toMatchObject({ tests: "1", errors: "1" });
      const suites = [report.testsuites.testsuite].flat() as Array<{ testcase: unknown; errors: string }>;
      expect(suites).toHaveLength(1);
      const cases = [suites[0]!.testcase].flat() as Array<{ classname: string; error: { message: string } }>;
      expect(cases).toHaveLength(1);
      expect(cases[0]!.classname).toBe(fault.input);
      expect(cases[0]!.error.message).toMatch(fault.reason);
      expect(stdout).not.toContain("<failure");
    },
    CLI,
  );

  test.each(cases)(
    "SARIF, %s: a run whose invocation did not succeed, the message an error notification, valid SARIF 2.1.0",
    (_label, fault) => {
      const { stdout } = gate(fault, "sarif");
      const log = JSON.parse(stdout) as Log;
      expect(sarifErrors(log)).toEqual([]);
      expect(log.runs).toHaveLength(1);
      const invocation = log.runs[0]!.invocations![0]!;
      expect(invocation.executionSuccessful).toBe(false);
      const notification = invocation.toolExecutionNotifications![0]!;
      expect(notification.level).toBe("error");
      expect(notification.message.text).toMatch(fault.reason);
      expect(log.runs[0]!.results).toEqual([]);
    },
    CLI,
  );

  test.each(cases)(
    "JSON, %s: status could_not_assess with the message, and no summary a check could read as clean",
    (_label, fault) => {
      const { stdout } = gate(fault, "json");
      const document = JSON.parse(stdout) as Record<string, unknown>;
      expect(gateReportErrors(document)).toEqual([]);
      expect(document).toMatchObject({ status: "could_not_assess", exit_code: 2, error: { cause: fault.cause } });
      expect((document.error as { message: string }).message).toMatch(fault.reason);
      expect(document.summary).toBeUndefined();
      expect(document.dpias).toBeUndefined();
    },
    CLI,
  );

  test(
    "dpia drift --format json on exit 2 writes the same could_not_assess document",
    () => {
      const missing = path.join(tempDir("drift-missing-"), "state.json");
      const result = runDpia(["drift", missing, "--format", "json", "--register", path.join(tempDir("r-"), "r.db")]);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toContain("internal error");
      const document = JSON.parse(result.stdout) as { status: string; error: { message: string; input: string } };
      expect(gateReportErrors(document)).toEqual([]);
      expect(document).toMatchObject({ status: "could_not_assess", error: { input: missing } });
      expect(document.error.message).toContain(missing);
    },
    CLI,
  );

  test(
    "a format that is not known writes no report, and the text format writes nothing to stdout",
    () => {
      const unknown = runDpia(["gate", plan, "--format", "xml"]);
      expect(unknown.status).toBe(2);
      expect(unknown.stdout).toBe("");
      const text = gate(faults()["an input that is not JSON"]!, "text");
      expect(text.stdout).toBe("");
    },
    CLI,
  );

  test(
    "a run that assesses says so in the same places: SARIF executionSuccessful true, JSON status blocked",
    () => {
      const sarif = runDpia(["gate", plan, "--format", "sarif", "--register", path.join(tempDir("ok-"), "r.db")]);
      expect(sarif.status).toBe(1);
      const log = JSON.parse(sarif.stdout) as Log;
      expect(sarifErrors(log)).toEqual([]);
      expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
      const json = runDpia(["gate", plan, "--format", "json", "--register", path.join(tempDir("ok-"), "r.db")]);
      const document: unknown = JSON.parse(json.stdout);
      expect(document).toMatchObject({ status: "blocked", summary: { exit_code: 1 } });
      expect(gateReportErrors(document)).toEqual([]);
      // The published schema can fail: a blocked run cannot claim exit 0, a failure cannot carry a summary.
      expect(
        gateReportErrors({
          ...(document as object),
          summary: { ...(document as { summary: object }).summary, exit_code: 0 },
          status: "approved",
        }),
      ).toEqual([]);
      expect(
        gateReportErrors({
          status: "could_not_assess",
          exit_code: 2,
          error: { cause: "input", message: "x" },
          summary: {},
        }),
      ).not.toEqual([]);
      expect(gateReportErrors({ ...(document as object), status: "could_not_assess" })).not.toEqual([]);
    },
    CLI,
  );
});
