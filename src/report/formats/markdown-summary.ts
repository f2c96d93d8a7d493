import { displaySafe, escapeControlCharacters } from "../safe-text";
import { fixesOf, oneLineJustification } from "../summary";
import { summaryOf, type GateReport } from "../gate-report";

/**
 * Names and messages come from the configuration: no HTML, no table breaks, no control characters
 * when a PR comment renders them.
 */
export const escapeMarkdown = (text: string) =>
  escapeControlCharacters(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]~|]/g, "\\$&");

/** A code span that a backtick in the text cannot end early. */
function markdownCode(text: string): string {
  const safe = escapeControlCharacters(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
  return `${fence}${pad}${safe.replace(/\|/g, "\\|")}${pad}${fence}`;
}

/** For a pull-request comment or a GitHub step summary. */
export function renderMarkdownSummary(report: GateReport): string {
  return summaryOfShown(displaySafe(report));
}

function summaryOfShown(report: GateReport): string {
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
        `| ${dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "❌ blocked" : dpia.exception ? "⚠️ approved by exception" : "✅ approved"} | ${dpia.risk_assessment.overall_risk_score} | ${markdownCode(dpia.dpia_id)} | ${escapeMarkdown(dpia.integration_name)} | ${dpia.findings.length} |`,
    ),
  ];
  for (const dpia of report.dpias.filter((d) => d.compliance_status === "BLOCKED_FOR_DEPLOYMENT")) {
    lines.push(
      "",
      `### ❌ ${escapeMarkdown(dpia.integration_name)}`,
      "",
      escapeMarkdown(oneLineJustification(dpia)),
      "",
    );
    for (const finding of dpia.findings.filter((f) => f.severity === "Critical" || f.severity === "High"))
      lines.push(
        `- **${finding.rule_id}** (${finding.severity}) ${markdownCode(finding.resource)}: ${escapeMarkdown(finding.message)}`,
      );
    lines.push("", "**To unblock:**", "");
    for (const fix of fixesOf(dpia))
      lines.push(
        `- **${fix.rule_id}** (${fix.resources.map((resource) => markdownCode(resource)).join(", ")}): ${escapeMarkdown(fix.remediation)}`,
      );
    if (dpia.decision.unblock) lines.push(`- ${escapeMarkdown(dpia.decision.unblock)}`);
  }
  for (const finding of report.artifactFindings)
    lines.push("", `- **${finding.rule_id}**: ${escapeMarkdown(finding.message)}`);
  return `${lines.join("\n")}\n`;
}
