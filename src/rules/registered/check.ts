import type { RiskLevel } from "../../catalog/schema";

/**
 * An id the tool can emit that is not a rule of its own: a classification rule (`CLS-*`) that
 * decides a data element, an exception check (`EXC-*`) that decides whether an exception lifts a
 * block, or an artifact check (`GC-ART-*`) of the pipeline gate. Declared like the rules, so
 * RULES.md and `dpia explain` cover every id a user can meet.
 */
export interface RegisteredCheck {
  id: string;
  name: string;
  /** Classification: the highest risk of the data elements it can decide. Exceptions and artifacts: the block they keep. */
  severity: RiskLevel;
  description: string;
  rationale: string;
  remediation: string;
}
