import { oneLineJustification, summaryLine } from "../summary";
import { summaryOf, type GateReport } from "../gate-report";

/** Concise: one line per DPIA, then what blocks and why. */
export function renderText(report: GateReport): string {
  const lines = report.dpias.map((dpia) => summaryLine(dpia));
  const blocked = report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  for (const dpia of blocked) {
    lines.push("", `BLOCKED "${dpia.integration_name}" (${dpia.subject.address}, ${dpia.subject.scope}): ${dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(dpia)}`);
    for (const finding of dpia.findings.filter((f) => f.severity === "Critical" || f.severity === "High")) {
      const resource = dpia.resources.find((r) => r.address === finding.resource);
      const where = resource?.file ? `${resource.file}${resource.line ? `:${resource.line}` : ""}` : (finding.construct_path ?? finding.resource);
      lines.push(`  ${finding.rule_id} ${finding.severity.padEnd(8)} ${where}${finding.attribute ? ` ${finding.attribute}` : ""}: ${finding.message}`);
    }
    for (const note of dpia.exception_notes ?? []) lines.push(`  exception not applied: ${note}`);
  }
  for (const finding of report.artifactFindings) lines.push("", `BLOCKED ${finding.rule_id}: ${finding.message}`);
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  const summary = summaryOf(report);
  lines.push("", `${summary.dpias} DPIA${summary.dpias === 1 ? "" : "s"}: ${summary.approved} approved, ${summary.blocked} blocked${summary.artifact_findings ? `, ${summary.artifact_findings} artifact finding(s)` : ""}.`);
  return `${lines.join("\n")}\n`;
}
