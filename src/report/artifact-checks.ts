import { overallRisk } from "../assess/assess-risk";
import { atLeast, levelIndex, maxLevel } from "../assess/risk-scale";
import { blockingFindingsOf, unblockOf } from "../dpia/blocking-findings";
import type { RiskLevel } from "../catalog/schema";
import type { Dpia } from "../dpia/schema";
import type { ArtifactFinding } from "./gate-report";

/** A DPIA file the aspect left next to a stack: parsed, or why it could not be. */
export interface ArtifactFile {
  file: string;
  dpia?: Dpia;
  problem?: string;
}

/** A DPIA file that cannot be read counts as one that claims more than it may (GC-ART-3). */
function unreadable(artifact: ArtifactFile): ArtifactFinding {
  return {
    rule_id: "GC-ART-3",
    severity: "Critical",
    dpia_id: "unknown",
    file: artifact.file,
    message: `${artifact.file} ${artifact.problem}`,
  };
}

/**
 * Compares what the aspect wrote with what the gate assessed. Missing, stale or more favourable
 * artifacts are findings that block; a stack without any DPIA folder is simply assessed afresh.
 */
export function checkArtifacts(fresh: Dpia[], artifacts: ArtifactFile[] | undefined): ArtifactFinding[] {
  if (!artifacts) return [];
  const findings: ArtifactFinding[] = artifacts.filter((artifact) => artifact.problem).map(unreadable);
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
function rederiveArtifact(artifact: Dpia, blockAt: RiskLevel): { dpia: Dpia; finding?: ArtifactFinding } {
  const recorded = artifact.risk_assessment;
  const overall = maxLevel([
    recorded.overall_risk_score,
    overallRisk(
      recorded.likelihood,
      recorded.impact,
      artifact.findings.map((finding) => finding.severity),
    ),
  ]);
  const blocked = atLeast(overall, blockAt);
  const blocking = blockingFindingsOf(artifact.findings, overall, {
    block_at: blockAt,
    warn_at: artifact.decision.warn_at,
  });
  const { unblock: _recorded, ...decision } = artifact.decision;
  const { exception: _claimed, ...rest } = artifact;
  const dpia: Dpia = {
    ...rest,
    compliance_status: blocked ? "BLOCKED_FOR_DEPLOYMENT" : "APPROVED_FOR_DEPLOYMENT",
    risk_assessment: { ...recorded, overall_risk_score: overall },
    blocking_findings: blocking,
    decision: {
      ...decision,
      block_at: blockAt,
      reason: blocked
        ? `Overall risk ${overall} (re-derived by the gate from the DPIA written at synthesis) is at or above the block threshold ${blockAt}; deployment needs a valid exception.`
        : `Overall risk ${overall} (re-derived by the gate from the DPIA written at synthesis) is below the block threshold ${blockAt}.`,
      ...(blocked ? { unblock: unblockOf(artifact.dpia_id, blocking) } : {}),
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

/**
 * The DPIAs of a stack blocked at synthesis, each re-derived (rederiveArtifact); nothing else in
 * them is trusted, and one that cannot be read counts as blocked (GC-ART-3).
 */
export function rederiveArtifacts(
  artifacts: ArtifactFile[],
  blockAt: RiskLevel,
): { dpias: Dpia[]; findings: ArtifactFinding[] } {
  const dpias: Dpia[] = [];
  const findings: ArtifactFinding[] = [];
  for (const artifact of artifacts) {
    if (!artifact.dpia) {
      findings.push(unreadable(artifact));
      continue;
    }
    const { dpia, finding } = rederiveArtifact(artifact.dpia, blockAt);
    dpias.push(dpia);
    if (finding) findings.push({ ...finding, file: artifact.file });
  }
  return { dpias, findings };
}

/**
 * The aspect leaves a stack without configuration only when it blocked: if nothing blocks now, the
 * configuration that will be deployed is somewhere the gate was not shown (GC-ART-2).
 */
export function unverifiableStack(scope: string, dpias: Dpia[]): ArtifactFinding[] {
  if (!dpias.every((dpia) => dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT")) return [];
  return [
    {
      rule_id: "GC-ART-2",
      severity: "Critical",
      dpia_id: dpias[0]?.dpia_id ?? "unknown",
      message: `${scope} has DPIAs but no synthesized configuration, and none of them blocks: the configuration they describe is not in cdktf.out and cannot be checked`,
    },
  ];
}
