import { assessRisk, type RiskAssessment } from "../assess/assess-risk";
import { atLeast } from "../assess/risk-scale";
import type { Catalog, RiskLevel } from "../catalog/schema";
import type { AssessmentSubject } from "../flows/model";
import type { Acknowledgement } from "../policy/acknowledgement";
import type { RiskThresholds } from "../policy/schema";
import type { Finding } from "../rules/rule";
import type { InputProblem } from "../validation/input-error";
import type { Dpia } from "./schema";

export interface AcknowledgedFindings {
  /** Each finding, with `acknowledged` where a current acknowledgement covers it. */
  findings: Array<Finding & { acknowledged?: NonNullable<Dpia["findings"][number]["acknowledged"]> }>;
  /** Acknowledgements that matched and no longer apply. */
  notes: string[];
  /** Acknowledgements of blocking findings: refused, since only an exception lifts a block. */
  refused: InputProblem[];
  /** The overall risk of the findings nobody acknowledged: what decides whether the DPIA warns. */
  unacknowledgedRisk: RiskLevel;
}

const where = (ack: Acknowledgement) => ({ file: ack.file, location: ack.location });
const sourceOf = (ack: Acknowledgement) => `${ack.file} ${ack.location}`;

/**
 * Marks the findings that a current acknowledgement covers. A finding at or above block_at, or one
 * without which the DPIA would not be blocked, cannot be acknowledged: that is refused, by name.
 */
export function acknowledgeFindings(
  findings: Finding[],
  acknowledgements: Acknowledgement[],
  context: {
    subject: AssessmentSubject;
    catalog: Catalog;
    thresholds: RiskThresholds;
    risk: RiskAssessment;
    now: Date;
  },
): AcknowledgedFindings {
  const { subject, catalog, thresholds, risk, now } = context;
  const notes: string[] = [];
  const refused: InputProblem[] = [];
  const blocked = atLeast(risk.overall_risk_score, thresholds.block_at);
  const marked = findings.map((finding, index) => {
    const matching = acknowledgements.filter(
      (ack) => ack.rule_id === finding.rule_id && ack.address === finding.resource,
    );
    let applied: Acknowledgement | undefined;
    for (const ack of matching) {
      const named = `${finding.rule_id} on ${finding.resource}`;
      if (ack.expires_at && Date.parse(ack.expires_at) <= now.getTime()) {
        notes.push(
          `The acknowledgement of ${named} (${sourceOf(ack)}) expired at ${ack.expires_at}; the finding counts again.`,
        );
        continue;
      }
      if (atLeast(finding.severity, thresholds.block_at)) {
        refused.push({
          ...where(ack),
          expected: `expected a non-blocking finding: ${named} is ${finding.severity}, at or above block_at ${thresholds.block_at}, and only a dual-signed exception can lift it (npx dpia exception request)`,
        });
        continue;
      }
      if (
        blocked &&
        !atLeast(
          assessRisk(
            subject,
            findings.filter((_, other) => other !== index),
            catalog,
          ).overall_risk_score,
          thresholds.block_at,
        )
      ) {
        refused.push({
          ...where(ack),
          expected: `expected a non-blocking finding: without ${named} the DPIA would not be blocked, so it blocks, and only a dual-signed exception can lift it (npx dpia exception request)`,
        });
        continue;
      }
      applied = ack;
    }
    return applied
      ? {
          ...finding,
          acknowledged: {
            reason: applied.reason,
            source: sourceOf(applied),
            ...(applied.expires_at ? { expires_at: applied.expires_at } : {}),
          },
        }
      : finding;
  });
  const open = marked.filter((finding) => !("acknowledged" in finding) || !finding.acknowledged);
  const unacknowledgedRisk =
    open.length === marked.length ? risk.overall_risk_score : assessRisk(subject, open, catalog).overall_risk_score;
  return { findings: marked, notes, refused, unacknowledgedRisk };
}
