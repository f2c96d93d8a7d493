import type { Dpia } from "../../dpia/schema";
import { blockingOf, oneLineJustification } from "../summary";
import type { GateReport } from "../gate-report";
import { displaySafe } from "../safe-text";
import { xmlAttribute, xmlText } from "./xml-text";

/** The body of a blocked DPIA's failure: what blocks it and how to unblock it, then every finding. */
function failureDetail(dpia: Dpia): string {
  return [
    dpia.decision.reason,
    "Blocking findings:",
    ...blockingOf(dpia).map(
      (f) => `  ${f.rule_id} ${f.severity} ${f.resource}: ${f.message}\n    fix: ${f.remediation}`,
    ),
    ...(dpia.decision.unblock ? [`To unblock: ${dpia.decision.unblock}`] : []),
    "All findings:",
    ...dpia.findings.map((f) => `  ${f.rule_id} ${f.severity} ${f.resource}: ${f.message}`),
  ].join("\n");
}

/**
 * JUnit XML: one test case per DPIA (a failure when blocked), one suite per stack or folder. Values
 * are shown with their control characters escaped, so the document stays valid XML 1.0.
 */
export function renderJunit(report: GateReport): string {
  return junitOfShown(displaySafe(report));
}

function junitOfShown(report: GateReport): string {
  const scopes = [...new Set(report.dpias.map((dpia) => dpia.subject.scope))];
  const suites = scopes.map((scope) => {
    const dpias = report.dpias.filter((dpia) => dpia.subject.scope === scope);
    const failures = dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT").length;
    const cases = dpias.map((dpia) => {
      const name = xmlAttribute(`${dpia.dpia_id} ${dpia.integration_name}`);
      if (dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT")
        return `    <testcase classname="${xmlAttribute(scope)}" name="${name}"/>`;
      return `    <testcase classname="${xmlAttribute(scope)}" name="${name}">\n      <failure message="${xmlAttribute(`${dpia.risk_assessment.overall_risk_score} risk: ${oneLineJustification(dpia)}`)}" type="BLOCKED_FOR_DEPLOYMENT">${xmlText(failureDetail(dpia))}</failure>\n    </testcase>`;
    });
    return `  <testsuite name="${xmlAttribute(scope)}" tests="${dpias.length}" failures="${failures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  if (report.artifactFindings.length > 0) {
    const cases = report.artifactFindings.map(
      (f) =>
        `    <testcase classname="dpia-artifacts" name="${xmlAttribute(`${f.rule_id} ${f.dpia_id}`)}">\n      <failure message="${xmlAttribute(f.message)}" type="${f.rule_id}"/>\n    </testcase>`,
    );
    suites.push(
      `  <testsuite name="dpia-artifacts" tests="${cases.length}" failures="${cases.length}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const tests = report.dpias.length + report.artifactFindings.length;
  const failures =
    report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT").length +
    report.artifactFindings.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dpia gate" tests="${tests}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}
