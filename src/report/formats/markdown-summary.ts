import { fixesOf, oneLineJustification } from "../summary";
import { summaryOf, type GateReport } from "../gate-report";

/** Names and messages come from the configuration: no HTML, no table breaks, when a PR comment renders them. */
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\n/g, " ");

/** For a pull-request comment or a GitHub step summary. */
export function renderMarkdownSummary(report: GateReport): string {
  const summary = summaryOf(report);
  const lines = [
    `## DPIA gate: ${summary.blocked > 0 || summary.artifact_findings > 0 ? "blocked" : "approved"}`,
    "",
    `${summary.dpias} DPIA${summary.dpias === 1 ? "" : "s"}: ${summary.approved} approved, ${summary.blocked} blocked.`,
    "",
    "| Status | Risk | DPIA | Integration | Findings |",
    "| --- | --- | --- | --- | --- |",
    ...report.dpias.map(
      (dpia) =>
        `| ${dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "❌ blocked" : dpia.exception ? "⚠️ approved by exception" : "✅ approved"} | ${dpia.risk_assessment.overall_risk_score} | \`${dpia.dpia_id}\` | ${escape(dpia.integration_name)} | ${dpia.findings.length} |`,
    ),
  ];
  for (const dpia of report.dpias.filter((d) => d.compliance_status === "BLOCKED_FOR_DEPLOYMENT")) {
    lines.push("", `### ❌ ${escape(dpia.integration_name)}`, "", escape(oneLineJustification(dpia)), "");
    for (const finding of dpia.findings.filter((f) => f.severity === "Critical" || f.severity === "High"))
      lines.push(`- **${finding.rule_id}** (${finding.severity}) \`${finding.resource}\`: ${escape(finding.message)}`);
    lines.push("", "**To unblock:**", "");
    for (const fix of fixesOf(dpia))
      lines.push(
        `- **${fix.rule_id}** (${fix.resources.map((resource) => `\`${resource}\``).join(", ")}): ${escape(fix.remediation)}`,
      );
    if (dpia.decision.unblock) lines.push(`- ${escape(dpia.decision.unblock)}`);
  }
  for (const finding of report.artifactFindings) lines.push("", `- **${finding.rule_id}**: ${escape(finding.message)}`);
  return `${lines.join("\n")}\n`;
}
