import type { DocumentedCheck } from "../catalog/documented-check";
import {
  CLASSIFICATION_RULES,
  CLASSIFICATION_WARNINGS,
  type ClassificationRuleId,
  type ClassificationWarningId,
} from "../classify/classification-rules";
import { EXCEPTION_CHECKS, type ExceptionCheckId } from "../exceptions/exception-checks";
import { ALL_RULES, type RuleId } from "../rules/registry";
import { ARTIFACT_CHECKS, type ArtifactCheckId } from "./artifact-check-ids";

/**
 * Every id the tool can emit, with its kind: the rules, and the classification, exception and
 * artifact checks, each declared next to the stage that emits it. RULES.md and `dpia explain` read
 * this table.
 */
export type RegisteredId = DocumentedCheck<
  RuleId | ClassificationRuleId | ClassificationWarningId | ExceptionCheckId | ArtifactCheckId
> & {
  kind: "rule" | "classification" | "exception" | "artifact";
};

export const ALL_IDS: readonly RegisteredId[] = [
  ...ALL_RULES.map(({ id, name, severity, description, rationale, remediation }) => ({
    id,
    name,
    severity,
    description,
    rationale,
    remediation,
    kind: "rule" as const,
  })),
  ...CLASSIFICATION_RULES.map((check) => ({ ...check, kind: "classification" as const })),
  ...CLASSIFICATION_WARNINGS.map((check) => ({ ...check, kind: "classification" as const })),
  ...EXCEPTION_CHECKS.map((check) => ({ ...check, kind: "exception" as const })),
  ...ARTIFACT_CHECKS.map((check) => ({ ...check, kind: "artifact" as const })),
];

/** The registered id, case-insensitively; undefined when the tool never emits it. */
export function registeredId(id: string): RegisteredId | undefined {
  const wanted = id.trim().toUpperCase();
  return ALL_IDS.find((candidate) => candidate.id === wanted);
}
