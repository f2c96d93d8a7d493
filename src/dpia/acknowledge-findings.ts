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

interface AcknowledgementContext {
  subject: AssessmentSubject;
  catalog: Catalog;
  thresholds: RiskThresholds;
  risk: RiskAssessment;
  now: Date;
}

type Verdict = { applies: true } | { note: string } | { refused: InputProblem };

/** Whether an acknowledgement that names the finding applies to it, and if not, why. */
function judge(
  ack: Acknowledgement,
  finding: Finding,
  otherFindings: () => Finding[],
  { subject, catalog, thresholds, risk, now }: AcknowledgementContext,
): Verdict {
  const named = `${finding.rule_id} on ${finding.resource}`;
  if (ack.expires_at && Date.parse(ack.expires_at) <= now.getTime())
    return {
      note: `The acknowledgement of ${named} (${sourceOf(ack)}) expired at ${ack.expires_at}; the finding counts again.`,
    };
  if (atLeast(finding.severity, thresholds.block_at))
    return {
      refused: {
        ...where(ack),
        expected: `expected a non-blocking finding: ${named} is ${finding.severity}, at or above block_at ${thresholds.block_at}, and only a dual-signed exception can lift it (npx dpia exception request)`,
      },
    };
  if (
    atLeast(risk.overall_risk_score, thresholds.block_at) &&
    !atLeast(assessRisk(subject, otherFindings(), catalog).overall_risk_score, thresholds.block_at)
  )
    return {
      refused: {
        ...where(ack),
        expected: `expected a non-blocking finding: without ${named} the DPIA would not be blocked, so it blocks, and only a dual-signed exception can lift it (npx dpia exception request)`,
      },
    };
  return { applies: true };
}

/**
 * Marks the findings that a current acknowledgement covers. A finding at or above block_at, or one
 * without which the DPIA would not be blocked, cannot be acknowledged: that is refused, by name.
 */
export function acknowledgeFindings(
  findings: Finding[],
  acknowledgements: Acknowledgement[],
  context: AcknowledgementContext,
): AcknowledgedFindings {
  const { subject, catalog, risk } = context;
  const notes: string[] = [];
  const refused: InputProblem[] = [];
  const marked = findings.map((finding, index) => {
    let applied: Acknowledgement | undefined;
    for (const ack of acknowledgements) {
      if (ack.rule_id !== finding.rule_id || ack.address !== finding.resource) continue;
      const verdict = judge(ack, finding, () => findings.filter((_, other) => other !== index), context);
      if ("note" in verdict) notes.push(verdict.note);
      else if ("refused" in verdict) refused.push(verdict.refused);
      else applied = ack;
    }
    if (!applied) return finding;
    const acknowledged = {
      reason: applied.reason,
      source: sourceOf(applied),
      ...(applied.expires_at ? { expires_at: applied.expires_at } : {}),
    };
    return { ...finding, acknowledged };
  });
  const open = marked.filter((finding) => !("acknowledged" in finding) || !finding.acknowledged);
  const unacknowledgedRisk =
    open.length === marked.length ? risk.overall_risk_score : assessRisk(subject, open, catalog).overall_risk_score;
  return { findings: marked, notes, refused, unacknowledgedRisk };
}
