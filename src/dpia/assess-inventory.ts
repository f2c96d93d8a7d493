import { assessRisk } from "../assess/assess-risk";
import { evaluateMitigations } from "../assess/mitigations";
import { atLeast } from "../assess/risk-scale";
import { screen } from "../assess/screening";
import { classifyInventory } from "../classify/classify-inventory";
import { buildSubjects } from "../flows/build-subjects";
import { withOrgRegion, type OrgRegionSources } from "../flows/org-region";
import type { Inventory } from "../inventory/model";
import type { Sample } from "../inventory/sample";
import type { Acknowledgement } from "../policy/acknowledgement";
import type { EffectivePolicy } from "../policy/load-policy";
import { ALL_RULES } from "../rules/registry";
import type { Finding, Rule } from "../rules/rule";
import { runRules } from "../rules/run-rules";
import { MISMATCH_PREFIX } from "../rules/vendor/vendor-view";
import { InputError, type InputProblem } from "../validation/input-error";
import { noVendorKnowledge, type VendorKnowledge } from "../vendors/model";
import { acknowledgeFindings } from "./acknowledge-findings";
import { buildDpia } from "./build-dpia";
import type { Dpia } from "./schema";
import { assertValidDpia } from "./validate-dpia";

export interface AssessmentResult {
  scope: string;
  dpias: Dpia[];
  /** DPIAs at or above the block threshold. */
  blocked: Dpia[];
  /** DPIAs at or above the warn threshold but not blocked, counting only unacknowledged findings. */
  warned: Dpia[];
}

export interface AssessmentOptions {
  policy: EffectivePolicy;
  now: Date;
  samples?: Sample[];
  /** Where the org's region comes from when the provider block does not name it. */
  orgRegion?: Omit<OrgRegionSources, "policy">;
  /** What the vendor sources said about the receiving vendors (gathered at the edges). */
  vendors?: VendorKnowledge;
  /** Acknowledgements made in code (acknowledgeFinding), next to the policy's. */
  acknowledgements?: Acknowledgement[];
  /** The rules to run; all of them unless a test injects others. */
  rules?: readonly Rule[];
}

/**
 * The whole engine on one inventory: classify → flows → rules → assess → DPIA. Pure apart from
 * the clock, which the caller passes in. `rules` replaces the built-in rule list (default ALL_RULES).
 */
export function assessInventory(configured: Inventory, options: AssessmentOptions): AssessmentResult {
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
  const acknowledgements = [...policy.acknowledgements, ...(options.acknowledgements ?? [])];
  const ruleIds = new Set<string>(ALL_RULES.map((rule) => rule.id));
  const refused: InputProblem[] = acknowledgements
    .filter((ack) => !ruleIds.has(ack.rule_id))
    .map((ack) => ({
      file: ack.file,
      location: ack.location,
      expected: `expected the id of a rule listed in RULES.md, got "${ack.rule_id}"`,
    }));
  const warnedIds = new Set<string>();
  const assessed = subjects.map((subject) => ({
    subject,
    findings: asPolicyHandlesMismatches(
      runRules(
        {
          subject,
          inventory,
          classifications,
          catalog: policy.catalog,
          thresholds: policy.thresholds,
          vendors,
          now: options.now,
          controllerCountry: policy.controller?.country,
        },
        options.rules,
      ),
      vendors,
    ),
  }));
  // A provider configuration no other DPIA covers is a DPIA only when something is wrong with it.
  const dpias = assessed
    .filter(({ subject, findings }) => subject.assessedFrom !== "provider" || findings.length > 0)
    .map(({ subject, findings }) => {
      const risk = assessRisk(subject, findings, policy.catalog);
      const acknowledged = acknowledgeFindings(findings, acknowledgements, {
        subject,
        catalog: policy.catalog,
        thresholds: policy.thresholds,
        risk,
        now: options.now,
      });
      refused.push(...acknowledged.refused);
      const mitigations = evaluateMitigations({
        subject,
        findings,
        classifications,
        catalog: policy.catalog,
        thresholds: policy.thresholds,
      });
      const screening = screen(subject, classifications, policy.catalog);
      const built = buildDpia({
        subject,
        scope: inventory.scope,
        findings,
        classifications,
        risk,
        mitigations,
        screening,
        policy,
        timestamp,
        inventory,
        vendors,
      });
      const dpia: Dpia = {
        ...built,
        findings: built.findings.map((finding, index) => ({
          ...finding,
          ...(acknowledged.findings[index]!.acknowledged
            ? { acknowledged: acknowledged.findings[index]!.acknowledged }
            : {}),
        })),
        ...(acknowledged.notes.length > 0 ? { acknowledgement_notes: acknowledged.notes } : {}),
      };
      assertValidDpia(dpia);
      if (atLeast(acknowledged.unacknowledgedRisk, policy.thresholds.warn_at)) warnedIds.add(dpia.dpia_id);
      return dpia;
    });
  if (refused.length > 0) throw new InputError(refused);
  const blocked = dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const warned = dpias.filter(
    (dpia) => dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT" && warnedIds.has(dpia.dpia_id),
  );
  return { scope: inventory.scope, dpias, blocked, warned };
}

/** With `vendors.on_mismatch: "warn"` a DATA_GOVERNANCE_MISMATCH counts as High, not Critical, and says why. */
function asPolicyHandlesMismatches(findings: Finding[], vendors: VendorKnowledge): Finding[] {
  if (vendors.onMismatch !== "warn") return findings;
  return findings.map((finding) =>
    finding.message.startsWith(MISMATCH_PREFIX) && finding.severity === "Critical"
      ? {
          ...finding,
          severity: "High",
          message: `${finding.message} (a warning: the policy sets vendors.on_mismatch to "warn")`,
        }
      : finding,
  );
}
