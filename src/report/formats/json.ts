import { summaryOf, type GateReport } from "../gate-report";
import { jsonForOutput } from "../safe-text";

/**
 * One object: the outcome (`status`: approved or blocked; a run that could not assess writes
 * `could_not_assess`), every DPIA artifact in full, the artifact checks and a summary.
 */
export function renderJson(report: GateReport): string {
  const summary = summaryOf(report);
  return jsonForOutput({
    status: report.exitCode === 0 ? "approved" : "blocked",
    summary,
    dpias: report.dpias,
    artifact_findings: report.artifactFindings,
    warnings: report.warnings,
  });
}
