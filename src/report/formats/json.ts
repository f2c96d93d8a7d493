import { summaryOf, type GateReport } from "../gate-report";

/** One object: every DPIA artifact in full, the artifact checks and a summary. */
export function renderJson(report: GateReport): string {
  return `${JSON.stringify({ summary: summaryOf(report), dpias: report.dpias, artifact_findings: report.artifactFindings, warnings: report.warnings }, null, 2)}\n`;
}
