import { summaryOf, type GateReport } from "../gate-report";
import { jsonForOutput } from "../safe-text";

/**
 * One object: the outcome (`status`: approved or blocked; a run that could not assess writes
 * `could_not_assess`), every DPIA artifact in full, the artifact checks and a summary.
 * `compliance_status` is the whole run's verdict in the DPIA's own words, so that a pipeline step as
 * plain as `jq -r .compliance_status` reads one value for the run: approved only when nothing blocks.
 */
export function renderJson(report: GateReport): string {
  const summary = summaryOf(report);
  const approved = report.exitCode === 0;
  return jsonForOutput({
    compliance_status: approved ? "APPROVED_FOR_DEPLOYMENT" : "BLOCKED_FOR_DEPLOYMENT",
    status: approved ? "approved" : "blocked",
    summary,
    dpias: report.dpias,
    artifact_findings: report.artifactFindings,
    warnings: report.warnings,
  });
}
