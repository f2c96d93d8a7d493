import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { ALL_RULES, type RuleId } from "../../src/rules/registry";
import type { Rule } from "../../src/rules/rule";
import { FIXED_NOW, terraformJson, webServiceAction } from "../helpers/assess-config";

const policy = applyPolicy({
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
});
const inventory = () => readTerraformJson(terraformJson(webServiceAction({})), { scope: "test", origin: "test" });
const run = (rules: readonly Rule[]) => assessInventory(inventory(), { policy, now: FIXED_NOW, rules }).dpias[0]!;

const base = { description: "test", rationale: "test", remediation: "test" };
// Ids no rule declares, so that these rules' findings cannot be taken for a real rule's.
const testId = (id: string) => id as RuleId;
const throwing: Rule[] = [
  {
    ...base,
    id: testId("GC-TST-1"),
    name: "ResourceCheckCompletes",
    severity: "Critical",
    target: "resource",
    resourceTypes: ["genesyscloud_integration_action"],
    check: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x') 4111111111111111");
    },
  },
  {
    ...base,
    id: testId("GC-TST-2"),
    name: "ProviderCheckCompletes",
    severity: "High",
    target: "provider",
    check: () => {
      throw new RangeError("Maximum call stack size exceeded");
    },
  },
  {
    ...base,
    id: testId("GC-TST-3"),
    name: "FlowCheckCompletes",
    severity: "Medium",
    target: "flow",
    check: () => {
      throw "a string";
    },
  },
  {
    ...base,
    id: testId("GC-TST-4"),
    name: "SubjectCheckCompletes",
    severity: "Critical",
    target: "subject",
    check: () => {
      throw new Error("boom");
    },
  },
];

describe("a rule that throws", () => {
  test("the same configuration is approved with the built-in rules (the baseline the next tests change)", () => {
    expect(run(ALL_RULES).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("becomes a finding of that rule at its severity, for every kind of rule target", () => {
    // A provider rule's finding is reported in the provider configuration's DPIA.
    const findings = assessInventory(inventory(), { policy, now: FIXED_NOW, rules: [...ALL_RULES, ...throwing] })
      .dpias.flatMap((dpia) => dpia.findings)
      .filter((finding) => finding.rule_id.startsWith("GC-TST-"));
    expect(findings.map((finding) => [finding.rule_id, finding.severity, finding.resource])).toEqual([
      ["GC-TST-1", "Critical", "genesyscloud_integration_action.lookup"],
      ["GC-TST-4", "Critical", "genesyscloud_integration.crm"],
      ["GC-TST-3", "Medium", "genesyscloud_integration_action.lookup"],
      ["GC-TST-4", "Critical", "provider.genesyscloud"],
      ["GC-TST-2", "High", "provider.genesyscloud"],
    ]);
    expect(findings[0]!.message).toContain("ResourceCheckCompletes could not complete its check (TypeError)");
  });

  test("fails closed: a Critical rule that throws blocks a configuration that was approved", () => {
    expect(run([...ALL_RULES, throwing[0]!]).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("the rules after it still run and report", () => {
    const insecure = readTerraformJson(terraformJson(webServiceAction({ secure: false })), {
      scope: "test",
      origin: "test",
    });
    const dpia = assessInventory(insecure, { policy, now: FIXED_NOW, rules: [throwing[0]!, ...ALL_RULES] }).dpias[0]!;
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-TST-1", "GC-ACT-1"]));
  });

  test("never prints the error's message, which may quote configuration values", () => {
    const text = JSON.stringify(run([...ALL_RULES, ...throwing]).findings);
    expect(text).not.toContain("4111111111111111");
    expect(text).not.toContain("reading 'x'");
  });
});

describe("one finding per rule, resource and attribute", () => {
  const repeating: Rule = {
    ...base,
    id: testId("GC-TST-5"),
    name: "AttributeReportedOnce",
    severity: "Medium",
    target: "resource",
    resourceTypes: ["genesyscloud_integration_action"],
    check: () => [
      { attribute: "config_request", message: "second problem" },
      { attribute: "config_request", message: "first problem" },
      { attribute: "config_request", message: "second problem" },
      { attribute: "contract_input", message: "first problem" },
    ],
  };

  test("identical findings are reported once, distinct messages on one attribute joined, other attributes kept", () => {
    const findings = run([repeating]).findings.map((finding) => [finding.attribute, finding.message]);
    expect(findings).toEqual([
      ["contract_input", "first problem"],
      ["config_request", "first problem; second problem"],
    ]);
  });
});
