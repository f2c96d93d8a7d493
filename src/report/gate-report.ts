import { ARTIFACT_CHECKS } from "../rules/registered/artifact";
import type { Dpia } from "../dpia/schema";

/** A check of the DPIA artifacts the aspect left next to a stack, against the fresh assessment. */
export interface ArtifactFinding {
  rule_id: "GC-ART-1" | "GC-ART-2" | "GC-ART-3";
  severity: "Critical";
  dpia_id: string;
  file?: string;
  message: string;
}

/** The artifact checks, declared with the rules in src/rules/registered. */
export const ARTIFACT_RULES = ARTIFACT_CHECKS;

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
