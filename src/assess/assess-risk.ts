import { dataElement } from "../catalog/lookup";
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

export const RISK_METHOD =
  "Impact is the risk level of the most sensitive data element in the data flows. Likelihood starts Low when every flow stays in the Genesys Cloud org, Medium when data leaves it, High when a destination is unknown; a High or Critical finding raises it one level (unless the unknown destination already made it High) and three or more such findings one level more. Overall is the likelihood × impact matrix, never below the most severe finding.";

function baseLikelihood(subject: AssessmentSubject): number {
  const kinds = subject.flows.filter((flow) => flow.data_elements.length > 0).map((flow) => flow.destination.kind);
  if (kinds.includes("unknown")) return 3;
  if (kinds.some((kind) => kind !== "genesys_org")) return 2;
  return 1;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Pure: findings and flows in, likelihood, impact, overall score and a justification out. */
export function assessRisk(subject: AssessmentSubject, findings: Finding[], catalog: Catalog): RiskAssessment {
  const elementIds = [...new Set(subject.flows.flatMap((flow) => flow.data_elements))];
  const impact = maxLevel(elementIds.map((id) => dataElement(catalog, id).risk_level));
  const serious = findings.filter((finding) => levelIndex(finding.severity) >= levelIndex("High"));
  const base = baseLikelihood(subject);
  const likelihood = levelOf(base + (serious.length > 0 && base < 3 ? 1 : 0) + (serious.length >= 3 ? 1 : 0));
  const overall = maxLevel([combine(likelihood, impact), ...findings.map((finding) => finding.severity)]);

  const mostSensitive = elementIds
    .map((id) => dataElement(catalog, id))
    .filter((element) => element.risk_level === impact)
    .map((element) => element.name.toLowerCase());
  const parts: string[] = [];
  parts.push(
    elementIds.length === 0
      ? "No personal data was found in this configuration's data flows"
      : `Impact ${impact}: the flows carry ${mostSensitive.join(", ")}`,
  );
  const external = subject.flows.filter((flow) => flow.data_elements.length > 0 && flow.destination.kind !== "genesys_org");
  if (external.length > 0) parts.push(`data leaves the Genesys Cloud org to ${[...new Set(external.map((flow) => flow.destination.name))].join("; ")}`);
  const top = findings.slice(0, 3).map((finding) => `${finding.rule_id} (${finding.severity}): ${finding.message}`);
  if (top.length > 0) parts.push(`${findings.length} finding${findings.length === 1 ? "" : "s"}, most severe: ${top.join("; ")}`);
  parts.push(`likelihood ${likelihood}, overall ${overall}`);
  return {
    likelihood,
    impact,
    overall_risk_score: overall,
    justification: `${parts.map(sentence).join(". ")}.`,
    method: RISK_METHOD,
  };
}
