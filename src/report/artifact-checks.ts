import { levelIndex } from "../assess/risk-scale";
import type { Dpia } from "../dpia/schema";
import type { ArtifactFinding } from "./gate-report";

/**
 * Compares what the aspect wrote with what the gate assessed. Missing, stale or more favourable
 * artifacts are findings that block; a stack without any DPIA folder is simply assessed afresh.
 */
export function checkArtifacts(fresh: Dpia[], artifacts: Array<{ file: string; dpia?: Dpia; problem?: string }> | undefined): ArtifactFinding[] {
  if (!artifacts) return [];
  const findings: ArtifactFinding[] = [];
  for (const artifact of artifacts) {
    if (artifact.problem) findings.push({ rule_id: "GC-ART-3", severity: "Critical", dpia_id: "unknown", file: artifact.file, message: `${artifact.file} ${artifact.problem}` });
  }
  for (const dpia of fresh) {
    const artifact = artifacts.find((entry) => entry.dpia?.dpia_id === dpia.dpia_id);
    if (!artifact?.dpia) {
      findings.push({ rule_id: "GC-ART-1", severity: "Critical", dpia_id: dpia.dpia_id, message: `no DPIA artifact for "${dpia.integration_name}" (${dpia.subject.address}) although the aspect ran on this stack` });
      continue;
    }
    if (artifact.dpia.fingerprint !== dpia.fingerprint) {
      findings.push({ rule_id: "GC-ART-2", severity: "Critical", dpia_id: dpia.dpia_id, file: artifact.file, message: `${artifact.file} was written for another configuration (fingerprint differs)` });
      continue;
    }
    const better =
      (artifact.dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT" && dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT") ||
      levelIndex(artifact.dpia.risk_assessment.overall_risk_score) < levelIndex(dpia.risk_assessment.overall_risk_score);
    if (better) {
      findings.push({ rule_id: "GC-ART-3", severity: "Critical", dpia_id: dpia.dpia_id, file: artifact.file, message: `${artifact.file} says ${artifact.dpia.compliance_status} at ${artifact.dpia.risk_assessment.overall_risk_score} risk; the gate finds ${dpia.compliance_status} at ${dpia.risk_assessment.overall_risk_score}` });
    }
  }
  return findings;
}
