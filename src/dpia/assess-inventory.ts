import { assessRisk } from "../assess/assess-risk";
import { evaluateMitigations } from "../assess/mitigations";
import { atLeast } from "../assess/risk-scale";
import { screen } from "../assess/screening";
import { classifyInventory } from "../classify/classify-inventory";
import { buildSubjects } from "../flows/build-subjects";
import { withOrgRegion, type OrgRegionSources } from "../flows/org-region";
import type { Inventory } from "../inventory/model";
import type { Sample } from "../inventory/sample";
import type { EffectivePolicy } from "../policy/load-policy";
import { runRules } from "../rules/run-rules";
import { buildDpia } from "./build-dpia";
import type { Dpia } from "./schema";
import { assertValidDpia } from "./validate-dpia";
import { noVendorKnowledge, type VendorKnowledge } from "../vendors/model";
import { MISMATCH_PREFIX } from "../rules/vendor/vendor-view";
import type { Finding } from "../rules/rule";

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
 * the clock, which the caller passes in.
 */
export function assessInventory(
  configured: Inventory,
  options: { policy: EffectivePolicy; now: Date; samples?: Sample[]; orgRegion?: Omit<OrgRegionSources, "policy">; vendors?: VendorKnowledge },
): AssessmentResult {
  const { policy } = options;
  const inventory = withOrgRegion(configured, { ...options.orgRegion, policy: policy.orgRegion });
  const classifications = classifyInventory(inventory, policy.catalog, {
    samples: [...policy.samples, ...(options.samples ?? [])],
    masked: policy.masked,
    maxSampleBytes: policy.maxSampleBytes,
  });
  const subjects = buildSubjects(inventory, classifications, policy);
  const timestamp = options.now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const vendors = options.vendors ?? noVendorKnowledge();
  const assessed = subjects.map((subject) => ({ subject, findings: asPolicyHandlesMismatches(runRules({ subject, inventory, classifications, catalog: policy.catalog, thresholds: policy.thresholds, vendors, now: options.now, controllerCountry: policy.controller?.country }), vendors) }));
  // A provider configuration no other DPIA covers is a DPIA only when something is wrong with it.
  const dpias = assessed.filter(({ subject, findings }) => subject.assessedFrom !== "provider" || findings.length > 0).map(({ subject, findings }) => {
    const risk = assessRisk(subject, findings, policy.catalog);
    const mitigations = evaluateMitigations({ subject, findings, classifications, catalog: policy.catalog, thresholds: policy.thresholds });
    const screening = screen(subject, classifications, policy.catalog);
    const dpia = buildDpia({ subject, scope: inventory.scope, findings, classifications, risk, mitigations, screening, policy, timestamp, inventory, vendors });
    assertValidDpia(dpia);
    return dpia;
  });
  const blocked = dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const warned = dpias.filter(
    (dpia) => dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT" && atLeast(dpia.risk_assessment.overall_risk_score, policy.thresholds.warn_at),
  );
  return { scope: inventory.scope, dpias, blocked, warned };
}

/** With `vendors.on_mismatch: "warn"` a DATA_GOVERNANCE_MISMATCH counts as High, not Critical, and says why. */
function asPolicyHandlesMismatches(findings: Finding[], vendors: VendorKnowledge): Finding[] {
  if (vendors.onMismatch !== "warn") return findings;
  return findings.map((finding) =>
    finding.message.startsWith(MISMATCH_PREFIX) && finding.severity === "Critical"
      ? { ...finding, severity: "High", message: `${finding.message} (a warning: the policy sets vendors.on_mismatch to "warn")` }
      : finding,
  );
}
