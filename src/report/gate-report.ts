import type { Dpia } from "../dpia/schema";
import type { ArtifactCheckId } from "./artifact-check-ids";

/** A check of the DPIA artifacts the aspect left next to a stack, against the fresh assessment. */
export interface ArtifactFinding {
  rule_id: ArtifactCheckId;
  severity: "Critical";
  dpia_id: string;
  file?: string;
  message: string;
}

export interface GateReport {
  dpias: Dpia[];
  artifactFindings: ArtifactFinding[];
  warnings: string[];
  exitCode: 0 | 1 | 2;
}

export function summaryOf(report: GateReport) {
  const blocked = report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT").length;
  return {
    dpias: report.dpias.length,
    approved: report.dpias.length - blocked,
    blocked,
    artifact_findings: report.artifactFindings.length,
    exit_code: report.exitCode,
  };
}
