import { dataElement, inSentence } from "../catalog/lookup";
import type { Catalog, RiskLevel } from "../catalog/schema";
import type { AssessmentSubject } from "../flows/model";
import type { Finding } from "../rules/rule";
import { combine, levelIndex, levelOf, maxLevel } from "./risk-scale";

export interface RiskAssessment {
  likelihood: RiskLevel;
  impact: RiskLevel;
  overall_risk_score: RiskLevel;
  justification: string;
  method: string;
}

const RISK_METHOD =
  "Impact is the risk level of the most sensitive data element in the data flows. Likelihood starts Low when every flow stays in the Genesys Cloud org, Medium when data leaves it, High when a destination is unknown; a High or Critical finding raises it one level (unless the unknown destination already made it High) and three or more such findings one level more. Volume: a real-time stream or a batch export raises likelihood one level, and impact one level when it reaches the whole org (or the policy declares large-scale volumes); single records fetched on demand lower likelihood one level. Overall is the likelihood × impact matrix, which alone reaches at most High, and never below the most severe finding: Critical rests on a Critical finding (a Critical data element such as card data, Art. 9 data or call recordings sent to a third party, unreadable contracts forwarded out of the org, an unknown recipient, a transfer without legal basis), never on High findings adding up, so a blocked DPIA always names what to change.";

/** How frequency and reach move likelihood and impact (documented in RISK_METHOD). */
export function volumeAdjustment(subject: AssessmentSubject): {
  likelihood: number;
  impact: number;
  reasons: string[];
} {
  const flows = subject.flows.filter((flow) => flow.data_elements.length > 0);
  if (flows.length === 0) return { likelihood: 0, impact: 0, reasons: [] };
  const reasons: string[] = [];
  const perFlow = flows.map((flow) => {
    const stream = flow.frequency === "Real-time" || flow.frequency === "Batch";
    const large = flow.scale?.declared ? flow.scale.declared.large : flow.scale?.population === "org_wide";
    const onDemandSingle = flow.frequency === "On demand" && flow.scale?.population === "single_record";
    if (stream)
      reasons.push(
        `${flow.via}: ${flow.frequency.toLowerCase()} ${flow.scale?.declared ? "(declared volume)" : ""}`.trim(),
      );
    if (large && (stream || flow.scale?.declared))
      reasons.push(
        `${flow.via}: large scale (${flow.scale?.declared ? `declared ${flow.scale.declared.data_subjects_per_month ?? flow.scale.declared.records_per_month} a month` : "the whole org"})`,
      );
    return {
      likelihood: stream ? 1 : onDemandSingle ? -1 : 0,
      impact: (stream && large) || flow.scale?.declared?.large ? 1 : 0,
    };
  });
  return {
    likelihood: Math.max(...perFlow.map((f) => f.likelihood)),
    impact: Math.max(...perFlow.map((f) => f.impact)),
    reasons,
  };
}

function baseLikelihood(subject: AssessmentSubject): number {
  const kinds = subject.flows.filter((flow) => flow.data_elements.length > 0).map((flow) => flow.destination.kind);
  if (kinds.includes("unknown")) return 3;
  if (kinds.some((kind) => kind !== "genesys_org")) return 2;
  return 1;
}

const MATRIX_CEILING: RiskLevel = "High";

/**
 * The likelihood × impact matrix, at most High, and never below the most severe finding: several
 * High findings raise likelihood, and so the risk, but only a finding that is Critical in itself
 * makes the DPIA Critical (see RISK_METHOD).
 */
export function overallRisk(likelihood: RiskLevel, impact: RiskLevel, severities: RiskLevel[]): RiskLevel {
  const combined = combine(likelihood, impact);
  const matrix = levelIndex(combined) > levelIndex(MATRIX_CEILING) ? MATRIX_CEILING : combined;
  return maxLevel([matrix, ...severities]);
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Pure: findings and flows in, likelihood, impact, overall score and a justification out. */
export function assessRisk(subject: AssessmentSubject, findings: Finding[], catalog: Catalog): RiskAssessment {
  const elementIds = [...new Set(subject.flows.flatMap((flow) => flow.data_elements))];
  const volume = volumeAdjustment(subject);
  const dataImpact = maxLevel(elementIds.map((id) => dataElement(catalog, id).risk_level));
  const impact = elementIds.length > 0 ? levelOf(levelIndex(dataImpact) + volume.impact) : dataImpact;
  const serious = findings.filter((finding) => levelIndex(finding.severity) >= levelIndex("High"));
  const base = baseLikelihood(subject);
  const likelihood = levelOf(
    base + (serious.length > 0 && base < 3 ? 1 : 0) + (serious.length >= 3 ? 1 : 0) + volume.likelihood,
  );
  const overall = overallRisk(
    likelihood,
    impact,
    findings.map((finding) => finding.severity),
  );

  const mostSensitive = elementIds
    .map((id) => dataElement(catalog, id))
    .filter((element) => element.risk_level === dataImpact)
    .map((element) => inSentence(element.name));
  const parts: string[] = [];
  parts.push(
    elementIds.length === 0
      ? "No personal data was found in this configuration's data flows"
      : `Impact ${impact}: the flows carry ${mostSensitive.join(", ")}`,
  );
  if (volume.reasons.length > 0) parts.push(`volume: ${volume.reasons.join("; ")}`);
  const external = subject.flows.filter(
    (flow) => flow.data_elements.length > 0 && flow.destination.kind !== "genesys_org",
  );
  if (external.length > 0)
    parts.push(
      `data leaves the Genesys Cloud org to ${[...new Set(external.map((flow) => flow.destination.name))].join("; ")}`,
    );
  const top = findings.slice(0, 3).map((finding) => `${finding.rule_id} (${finding.severity}): ${finding.message}`);
  if (top.length > 0)
    parts.push(`${findings.length} finding${findings.length === 1 ? "" : "s"}, most severe: ${top.join("; ")}`);
  parts.push(`likelihood ${likelihood}, overall ${overall}`);
  return {
    likelihood,
    impact,
    overall_risk_score: overall,
    justification: `${parts.map(sentence).join(". ")}.`,
    method: RISK_METHOD,
  };
}
