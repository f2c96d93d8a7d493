import type { RiskLevel } from "./schema";

/**
 * What every id the tool can emit says about itself, whether a rule (`GC-<area>-<n>`), a
 * classification rule (`CLS-*`), an exception check (`EXC-*`) or an artifact check (`GC-ART-*`):
 * RULES.md and `dpia explain` print these fields.
 */
export interface DocumentedCheck<Id extends string = string> {
  /** Stable, never reused. */
  id: Id;
  /** Names the compliant condition, like the file a rule lives in. */
  name: string;
  severity: RiskLevel;
  /** One line: what it checks. */
  description: string;
  /** Why it matters, with the GDPR or PCI DSS reference. */
  rationale: string;
  remediation: string;
}
