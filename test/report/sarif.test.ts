import * as fs from "node:fs";
import * as path from "node:path";
import Ajv4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Log, Result } from "sarif";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "three-forms");

async function sarifOf(target: string, options: { policy?: string } = {}): Promise<Log> {
  return JSON.parse((await runGate(target, { format: "sarif", ...options })).output) as Log;
}

const resultsOf = (log: Log): Result[] => log.runs[0]!.results ?? [];
const key = (result: Result) => `${result.ruleId} ${result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName}`;

describe("SARIF that code scanning ranks", () => {
  test("validates against the official SARIF 2.1.0 schema with the new fields", async () => {
    const log = await sarifOf(path.join(fixtures, "plan.json"));
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(
        fs.readFileSync(
          path.join(root, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json"),
          "utf8",
        ),
      ),
    );
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...resultsOf(log)[0], level: "fatal" }] }] })).toBe(
      false,
    );
  }, 120_000);

  test("every rule links to its own section of RULES.md, which exists, and carries a security-severity", async () => {
    const rules = (await sarifOf(path.join(fixtures, "plan.json"))).runs[0]!.tool.driver.rules ?? [];
    const headings = new Set(
      fs
        .readFileSync(path.join(root, "RULES.md"), "utf8")
        .split("\n")
        .filter((line) => line.startsWith("### "))
        .map((line) => line.slice(4).toLowerCase()),
    );
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      const match = /\/blob\/v\d+\.\d+\.\d+[^/]*\/RULES\.md#([a-z0-9-]+)$/.exec(rule.helpUri ?? "");
      expect(match, `${rule.id}: ${rule.helpUri}`).not.toBeNull();
      expect(headings.has(match![1]!), `${rule.id}: no section #${match![1]} in RULES.md`).toBe(true);
      expect(rule.properties?.["security-severity"], rule.id).toMatch(/^(9\.5|8\.0|5\.5|3\.0)$/);
      expect(rule.properties?.tags).toContain("security");
    }
    const byId = Object.fromEntries(rules.map((rule) => [rule.id, rule.properties?.["security-severity"]]));
    expect(byId).toMatchObject({ "GC-FLW-1": "9.5", "GC-OAC-2": "8.0", "GC-ART-3": "9.5" });
  }, 120_000);

  test("the level comes from the outcome: what blocks is an error, a non-blocking High a warning, the rest notes", async () => {
    const results = resultsOf(await sarifOf(path.join(fixtures, "plan.json")));
    const levels = Object.fromEntries(
      results.map((result) => [
        `${result.properties?.["dpia_id"]} ${result.ruleId} ${result.properties?.["severity"]}`,
        result.level,
      ]),
    );
    // Exporter is blocked by its Critical finding (recordings to an API client): that is the error, its High ones warn.
    const exporter = Object.entries(levels).filter(([name]) => name.startsWith("OAC-exporter"));
    expect(exporter.length).toBeGreaterThan(1);
    for (const [name, level] of exporter)
      expect(level, name).toBe(/ GC-REC-3 Critical$/.test(name) ? "error" : "warning");
    // CRM is approved at High: its High findings warn, anything lower is a note.
    const crm = Object.entries(levels).filter(([name]) => name.startsWith("INT-crm"));
    expect(crm.length).toBeGreaterThan(0);
    for (const [name, level] of crm) expect(level, name).toBe(/ High$/.test(name) ? "warning" : "note");
  }, 120_000);

  test("partialFingerprints are the same across runs and across input forms (HCL folder and plan)", async () => {
    const fingerprints = (log: Log) =>
      Object.fromEntries(resultsOf(log).map((result) => [key(result), result.partialFingerprints?.["dpiaFinding/v1"]]));
    const first = fingerprints(await sarifOf(path.join(fixtures, "plan.json")));
    const again = fingerprints(await sarifOf(path.join(fixtures, "plan.json")));
    const fromHcl = fingerprints(await sarifOf(path.join(fixtures, "hcl")));
    expect(Object.values(first).every((value) => /^[0-9a-f]{32}$/.test(value ?? ""))).toBe(true);
    expect(new Set(Object.values(first)).size).toBe(Object.keys(first).length);
    expect(again).toEqual(first);
    expect(fromHcl).toEqual(first);
  }, 120_000);

  test("an acknowledged finding is a suppressed result with the reason as its justification", async () => {
    const dir = tempDir("sarif-ack-");
    const reason = "Redirect URIs point at our own SSO portal, reviewed with the DPO in March.";
    const policy = path.join(dir, "dpia.policy.json");
    fs.writeFileSync(
      policy,
      JSON.stringify({
        version: 1,
        acknowledgements: [
          { address: "genesyscloud_integration_action.lookup", rule_id: "GC-DST-1", reason, expires: "2099-12-31" },
        ],
      }),
    );
    const results = resultsOf(await sarifOf(path.join(fixtures, "plan.json"), { policy }));
    const suppressed = results.filter((result) => result.suppressions);
    expect(suppressed.map((result) => result.ruleId)).toEqual(["GC-DST-1"]);
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: "external", status: "accepted", justification: `${reason} (${policy} acknowledgements[0])` },
    ]);
  }, 120_000);
});
