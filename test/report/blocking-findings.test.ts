import { describe, expect, test } from "vitest";
import { blockedError } from "../../aspects/stack-report";
import type { Dpia } from "../../src/dpia/schema";
import { renderHtml } from "../../src/report/formats/html";
import { renderJson } from "../../src/report/formats/json";
import { renderJunit } from "../../src/report/formats/junit";
import { renderMarkdownSummary } from "../../src/report/formats/markdown-summary";
import { renderSarif } from "../../src/report/formats/sarif";
import { renderText } from "../../src/report/formats/text";
import type { GateReport } from "../../src/report/gate-report";
import { renderMarkdown } from "../../src/report/markdown";
import type { RuleId } from "../../src/rules/registry";
import { ALL_RULES } from "../../src/rules/registry";
import type { Rule } from "../../src/rules/rule";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

const cardContract = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } });
/** An assessment of Terraform JSON built in memory: every finding is shown at one file. */
const inMemory = { root: process.cwd(), locate: () => ({ file: "cdk.tf.json", line: 1 }) };
const remediation = ALL_RULES.find((rule) => rule.id === "GC-FLW-1")!.remediation;

/** Card numbers posted to a CRM (GC-FLW-1, Critical) beside High findings that do not block. */
function blockedDpia(): Dpia {
  const dpia = assess(terraformJson(webServiceAction({ contract_input: cardContract, secure: false }))).blocked[0];
  if (!dpia) throw new Error("expected a blocked DPIA");
  return dpia;
}

const reportOf = (dpia: Dpia): GateReport => ({ dpias: [dpia], artifactFindings: [], warnings: [], exitCode: 1 });

describe("a blocked DPIA names its blocking findings and what unblocks it", () => {
  test("JSON: blocking_findings holds the Critical finding with its remediation, not the High ones", () => {
    const dpia = blockedDpia();
    expect(dpia.findings.some((finding) => finding.severity === "High")).toBe(true);
    expect(dpia.blocking_findings).toEqual([
      expect.objectContaining({
        rule_id: "GC-FLW-1",
        severity: "Critical",
        resource: "genesyscloud_integration_action.lookup",
        remediation,
      }),
    ]);
    expect(dpia.decision.reason).toContain("(blocking: GC-FLW-1)");
    expect(dpia.decision.unblock).toContain(`npx dpia exception request ${dpia.dpia_id}.json`);
    const json = JSON.parse(renderJson(reportOf(dpia))) as { dpias: Dpia[] };
    expect(json.dpias[0]!.blocking_findings).toEqual(dpia.blocking_findings);
  });

  test("an approved DPIA has no blocking findings and no way past a block", () => {
    const dpia = assess(terraformJson(webServiceAction({}))).dpias[0]!;
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia.blocking_findings).toEqual([]);
    expect(dpia.decision.unblock).toBeUndefined();
  });

  test.each([
    ["text", (dpia: Dpia) => renderText(reportOf(dpia))],
    ["text --compact", (dpia: Dpia) => renderText(reportOf(dpia), { compact: true })],
    ["Markdown summary", (dpia: Dpia) => renderMarkdownSummary(reportOf(dpia))],
    ["JUnit", (dpia: Dpia) => renderJunit(reportOf(dpia))],
    [
      "synth error",
      (dpia: Dpia) => blockedError("stack", [{ dpia, jsonFile: "d.json", markdownFile: "d.md" }], [dpia]).message,
    ],
  ])("%s names GC-FLW-1 as what blocks", (_format, render) => {
    const dpia = blockedDpia();
    const output = render(dpia);
    expect(output).toContain("GC-FLW-1");
    expect(output).toContain("payment card number");
  });

  test.each([
    ["text", (dpia: Dpia) => renderText(reportOf(dpia))],
    ["Markdown summary", (dpia: Dpia) => renderMarkdownSummary(reportOf(dpia))],
    ["Markdown DPIA", (dpia: Dpia) => renderMarkdown(dpia)],
    ["HTML DPIA", (dpia: Dpia) => renderHtml(dpia)],
    ["JUnit", (dpia: Dpia) => renderJunit(reportOf(dpia))],
    [
      "synth error",
      (dpia: Dpia) => blockedError("stack", [{ dpia, jsonFile: "d.json", markdownFile: "d.md" }], [dpia]).message,
    ],
  ])("%s says what unblocks it: the remediation and the exception path", (_format, render) => {
    const output = render(blockedDpia());
    expect(output).toContain(remediation.slice(0, 40));
    expect(output).toContain("exception");
  });

  test("the text reason never names a lesser finding in place of the blocking one", () => {
    const text = renderText(reportOf(blockedDpia()));
    const reason = text.split("\n").find((line) => line.startsWith('BLOCKED "'));
    expect(reason).toMatch(/Critical risk\. GC-FLW-1: /);
    expect(reason).not.toContain("GC-ACT-1");
  });

  test("SARIF: the blocking result is an error carrying blocking and unblock; the High ones are warnings", () => {
    const dpia = blockedDpia();
    const results = (
      JSON.parse(renderSarif(reportOf(dpia), inMemory)) as {
        runs: Array<{ results: Array<{ ruleId: string; level: string; properties: Record<string, unknown> }> }>;
      }
    ).runs[0]!.results;
    const blocking = results.find((result) => result.ruleId === "GC-FLW-1")!;
    expect(blocking.level).toBe("error");
    expect(blocking.properties.blocking).toBe(true);
    expect(blocking.properties.unblock).toBe(dpia.decision.unblock);
    for (const other of results.filter((result) => result.ruleId !== "GC-FLW-1")) {
      expect(other.level).not.toBe("error");
      expect(other.properties.blocking).toBe(false);
    }
  });
});

describe("High findings adding up do not block (Critical rests on a Critical finding)", () => {
  const high = (index: number): Rule => ({
    id: `GC-TST-${index}` as RuleId,
    name: `HighCheck${index}`,
    severity: "High",
    target: "resource",
    resourceTypes: ["genesyscloud_integration_action"],
    description: "test",
    rationale: "test",
    remediation: "test",
    check: () => [{ message: `high ${index}` }],
  });

  test("three High findings on a flow out of the org: High, approved with warnings", () => {
    const result = assess(terraformJson(webServiceAction({})), undefined, [...ALL_RULES, high(1), high(2), high(3)]);
    const dpia = result.dpias[0]!;
    expect(dpia.risk_assessment.likelihood).toBe("Critical");
    expect(dpia.risk_assessment.overall_risk_score).toBe("High");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(result.warned).toHaveLength(1);
  });

  test("a stricter policy (block_at High) blocks on them and names them", () => {
    const policy = { version: 1 as const, thresholds: { block_at: "High" as const, warn_at: "Medium" as const } };
    const dpia = assess(terraformJson(webServiceAction({})), policy, [...ALL_RULES, high(1), high(2), high(3)])
      .blocked[0]!;
    const named = dpia.blocking_findings!.map((finding) => finding.rule_id);
    expect(named).toEqual(expect.arrayContaining(["GC-TST-1", "GC-TST-2", "GC-TST-3"]));
    expect(dpia.findings.filter((finding) => finding.severity === "High")).toHaveLength(named.length);
    expect(dpia.decision.unblock).toContain(`each of the ${named.length} blocking findings`);
  });
});
