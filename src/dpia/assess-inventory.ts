import { assessRisk } from "../assess/assess-risk";
import { evaluateMitigations } from "../assess/mitigations";
import { atLeast } from "../assess/risk-scale";
import { screen } from "../assess/screening";
import { classifyInventory } from "../classify/classify-inventory";
import { buildSubjects } from "../flows/build-subjects";
import type { Inventory } from "../inventory/model";
import type { Sample } from "../inventory/sample";
import type { EffectivePolicy } from "../policy/load-policy";
import type { Rule } from "../rules/rule";
import { runRules } from "../rules/run-rules";
import { buildDpia } from "./build-dpia";
import type { Dpia } from "./schema";
import { assertValidDpia } from "./validate-dpia";

export interface AssessmentResult {
  scope: string;
  dpias: Dpia[];
  /** DPIAs at or above the block threshold. */
  blocked: Dpia[];
  /** DPIAs at or above the warn threshold but not blocked. */
  warned: Dpia[];
}

/**
 * The whole engine on one inventory: classify → flows → rules → assess → DPIA. Pure apart from
 * the clock, which the caller passes in. `rules` replaces the built-in rule list (default ALL_RULES).
 */
export function assessInventory(inventory: Inventory, options: { policy: EffectivePolicy; now: Date; samples?: Sample[]; rules?: readonly Rule[] }): AssessmentResult {
  const { policy } = options;
  const classifications = classifyInventory(inventory, policy.catalog, {
    samples: [...policy.samples, ...(options.samples ?? [])],
    masked: policy.masked,
    maxSampleBytes: policy.maxSampleBytes,
  });
  const subjects = buildSubjects(inventory, classifications, policy);
  const timestamp = options.now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const dpias = subjects.map((subject) => {
    const findings = runRules({ subject, inventory, classifications, catalog: policy.catalog, thresholds: policy.thresholds }, options.rules);
    const risk = assessRisk(subject, findings, policy.catalog);
    const mitigations = evaluateMitigations({ subject, findings, classifications, catalog: policy.catalog, thresholds: policy.thresholds });
    const screening = screen(subject, classifications, policy.catalog);
    const dpia = buildDpia({ subject, scope: inventory.scope, findings, classifications, risk, mitigations, screening, policy, timestamp });
    assertValidDpia(dpia);
    return dpia;
  });
  const blocked = dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const warned = dpias.filter(
    (dpia) => dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT" && atLeast(dpia.risk_assessment.overall_risk_score, policy.thresholds.warn_at),
  );
  return { scope: inventory.scope, dpias, blocked, warned };
}
