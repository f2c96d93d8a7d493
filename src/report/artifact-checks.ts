import { atLeast, combine, levelIndex, maxLevel } from "../assess/risk-scale";
import type { RiskLevel } from "../catalog/schema";
import type { Dpia } from "../dpia/schema";
import type { ArtifactFinding } from "./gate-report";

/**
 * Compares what the aspect wrote with what the gate assessed. Missing, stale or more favourable
 * artifacts are findings that block; a stack without any DPIA folder is simply assessed afresh.
 */
export function checkArtifacts(
  fresh: Dpia[],
  artifacts: Array<{ file: string; dpia?: Dpia; problem?: string }> | undefined,
): ArtifactFinding[] {
  if (!artifacts) return [];
  const findings: ArtifactFinding[] = [];
  for (const artifact of artifacts) {
    if (artifact.problem)
      findings.push({
        rule_id: "GC-ART-3",
        severity: "Critical",
        dpia_id: "unknown",
        file: artifact.file,
        message: `${artifact.file} ${artifact.problem}`,
      });
  }
  for (const dpia of fresh) {
    const artifact = artifacts.find((entry) => entry.dpia?.dpia_id === dpia.dpia_id);
    if (!artifact?.dpia) {
      findings.push({
        rule_id: "GC-ART-1",
        severity: "Critical",
        dpia_id: dpia.dpia_id,
        message: `no DPIA artifact for "${dpia.integration_name}" (${dpia.subject.address}) although the aspect ran on this stack`,
      });
      continue;
    }
    if (artifact.dpia.fingerprint !== dpia.fingerprint) {
      findings.push({
        rule_id: "GC-ART-2",
        severity: "Critical",
        dpia_id: dpia.dpia_id,
        file: artifact.file,
        message: `${artifact.file} was written for another configuration (fingerprint differs)`,
      });
      continue;
    }
    const better =
      (artifact.dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT" &&
        dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT") ||
      levelIndex(artifact.dpia.risk_assessment.overall_risk_score) <
        levelIndex(dpia.risk_assessment.overall_risk_score);
    if (better) {
      findings.push({
        rule_id: "GC-ART-3",
        severity: "Critical",
        dpia_id: dpia.dpia_id,
        file: artifact.file,
        message: `${artifact.file} says ${artifact.dpia.compliance_status} at ${artifact.dpia.risk_assessment.overall_risk_score} risk; the gate finds ${dpia.compliance_status} at ${dpia.risk_assessment.overall_risk_score}`,
      });
    }
  }
  return findings;
}

/**
 * What a DPIA found in cdktf.out may claim, re-derived from its own risk: the most severe of its
 * overall score, its likelihood × impact and its findings (overall is never below a finding),
 * against the gate's block threshold. Status and exception are not taken from the file: a block
 * passes only on an exception the gate itself validates.
 */
export function rederiveArtifact(artifact: Dpia, blockAt: RiskLevel): { dpia: Dpia; finding?: ArtifactFinding } {
  const recorded = artifact.risk_assessment;
  const overall = maxLevel([
    recorded.overall_risk_score,
    combine(recorded.likelihood, recorded.impact),
    ...artifact.findings.map((finding) => finding.severity),
  ]);
  const blocked = atLeast(overall, blockAt);
  const { exception: _claimed, ...rest } = artifact;
  const dpia: Dpia = {
    ...rest,
    compliance_status: blocked ? "BLOCKED_FOR_DEPLOYMENT" : "APPROVED_FOR_DEPLOYMENT",
    risk_assessment: { ...recorded, overall_risk_score: overall },
    decision: {
      ...artifact.decision,
      block_at: blockAt,
      reason: blocked
        ? `Overall risk ${overall} (re-derived by the gate from the DPIA written at synthesis) is at or above the block threshold ${blockAt}; deployment needs a valid exception.`
        : `Overall risk ${overall} (re-derived by the gate from the DPIA written at synthesis) is below the block threshold ${blockAt}.`,
    },
  };
  const claimsMore =
    levelIndex(recorded.overall_risk_score) < levelIndex(overall) ||
    (artifact.compliance_status === "APPROVED_FOR_DEPLOYMENT" && blocked && !artifact.exception);
  const finding: ArtifactFinding | undefined = claimsMore
    ? {
        rule_id: "GC-ART-3",
        severity: "Critical",
        dpia_id: artifact.dpia_id,
        message: `the DPIA says ${artifact.compliance_status} at ${recorded.overall_risk_score} risk; its own likelihood, impact and findings give ${overall}, which the block threshold ${blockAt} blocks`,
      }
    : undefined;
  return { dpia, ...(finding ? { finding } : {}) };
}
