import { assessRisk } from "../assess/assess-risk";
import { evaluateMitigations } from "../assess/mitigations";
import { atLeast } from "../assess/risk-scale";
import { screen } from "../assess/screening";
import { classifyInventory } from "../classify/classify-inventory";
import type { ResourceClassification } from "../classify/model";
import { buildSubjects } from "../flows/build-subjects";
import type { AssessmentSubject } from "../flows/model";
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
import { refuseUnansweredVendorSources } from "./refuse-unanswered-vendor-sources";
import { buildDpia } from "./build-dpia";
import { withProviderFindingsInProviderDpias } from "./provider-findings";
import type { Dpia } from "./schema";
import { assertValidDpia } from "./validate-dpia";
import { unmatchedPolicyElements } from "../classify/unmatched-policy-elements";

export interface AssessmentResult {
  scope: string;
  dpias: Dpia[];
  /** DPIAs at or above the block threshold. */
  blocked: Dpia[];
  /** DPIAs at or above the warn threshold but not blocked, counting only unacknowledged findings. */
  warned: Dpia[];
  /** What the run should say about the configuration as a whole (CLS-POLICY-ELEMENT-UNMATCHED). */
  warnings?: string[];
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

/** What every subject of one inventory is assessed with. */
interface InventoryContext {
  inventory: Inventory;
  classifications: Map<string, ResourceClassification>;
  policy: EffectivePolicy;
  vendors: VendorKnowledge;
  now: Date;
  acknowledgements: Acknowledgement[];
}

/** An acknowledgement must name a rule that exists: a misspelt id would silently acknowledge nothing. */
function unknownRuleIds(acknowledgements: Acknowledgement[]): InputProblem[] {
  const ruleIds = new Set<string>(ALL_RULES.map((rule) => rule.id));
  return acknowledgements
    .filter((ack) => !ruleIds.has(ack.rule_id))
    .map((ack) => ({
      file: ack.file,
      location: ack.location,
      expected: `expected the id of a rule listed in RULES.md, got "${ack.rule_id}"`,
    }));
}

function findingsOf(subject: AssessmentSubject, context: InventoryContext, rules?: readonly Rule[]): Finding[] {
  const { inventory, classifications, policy, vendors, now } = context;
  const findings = runRules(
    {
      subject,
      inventory,
      classifications,
      catalog: policy.catalog,
      thresholds: policy.thresholds,
      vendors,
      now,
      controllerCountry: policy.controller?.country,
    },
    rules,
  );
  refuseUnansweredVendorSources(findings, vendors);
  return asPolicyHandlesMismatches(findings, vendors);
}

/** One subject's DPIA, its acknowledgements applied; whether it warns, and the acknowledgements it refuses. */
function dpiaOf(
  subject: AssessmentSubject,
  findings: Finding[],
  context: InventoryContext,
  providerSubject?: AssessmentSubject,
): { dpia: Dpia; warns: boolean; refused: InputProblem[] } {
  const { inventory, classifications, policy, vendors, now } = context;
  const { catalog, thresholds } = policy;
  const risk = assessRisk(subject, findings, catalog);
  const acknowledged = acknowledgeFindings(findings, context.acknowledgements, {
    subject,
    catalog,
    thresholds,
    risk,
    now,
  });
  const mitigations = evaluateMitigations({ subject, findings, classifications, catalog, thresholds });
  const screening = screen(subject, classifications, catalog);
  const timestamp = now.toISOString().replace(/\.\d{3}Z$/, "Z");
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
    ...(providerSubject ? { providerSubject } : {}),
  });
  const dpia: Dpia = {
    ...built,
    findings: built.findings.map((finding, index) => {
      const ack = acknowledged.findings[index]?.acknowledged;
      return { ...finding, ...(ack ? { acknowledged: ack } : {}) };
    }),
    ...(acknowledged.notes.length > 0 ? { acknowledgement_notes: acknowledged.notes } : {}),
  };
  assertValidDpia(dpia);
  return { dpia, warns: atLeast(acknowledged.unacknowledgedRisk, thresholds.warn_at), refused: acknowledged.refused };
}

/**
 * The whole engine on one inventory: classify → flows → rules → assess → DPIA. Pure apart from
 * the clock, which the caller passes in. `rules` replaces the built-in rule list (default ALL_RULES).
 */
export function assessInventory(configured: Inventory, options: AssessmentOptions): AssessmentResult {
  const { policy } = options;
  const inventory = withOrgRegion(configured, { ...options.orgRegion, policy: policy.orgRegion });
  const samples = [...policy.samples, ...(options.samples ?? [])];
  const classifications = classifyInventory(inventory, policy.catalog, {
    samples,
    masked: policy.masked,
    maxSampleBytes: policy.maxSampleBytes,
  });
  const warnings = unmatchedPolicyElements(inventory, policy.catalog, classifications, samples.length > 0);
  const subjects = buildSubjects(inventory, classifications, policy);
  const context: InventoryContext = {
    inventory,
    classifications,
    policy,
    vendors: options.vendors ?? noVendorKnowledge(),
    now: options.now,
    acknowledgements: [...policy.acknowledgements, ...(options.acknowledgements ?? [])],
  };
  const refused = unknownRuleIds(context.acknowledgements);
  const assessed = withProviderFindingsInProviderDpias(
    subjects.map((subject) => ({ subject, findings: findingsOf(subject, context, options.rules) })),
    options.rules ?? ALL_RULES,
    inventory,
  );
  const warnedIds = new Set<string>();
  // A provider configuration is a DPIA only when something is wrong with it.
  const dpias = assessed
    .filter(({ subject, findings }) => subject.assessedFrom !== "provider" || findings.length > 0)
    .map(({ subject, findings, providerSubject }) => {
      const { dpia, warns, refused: refusedHere } = dpiaOf(subject, findings, context, providerSubject);
      refused.push(...refusedHere);
      if (warns) warnedIds.add(dpia.dpia_id);
      return dpia;
    });
  if (refused.length > 0) throw new InputError(refused);
  const blocked = dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const warned = dpias.filter(
    (dpia) => dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT" && warnedIds.has(dpia.dpia_id),
  );
  return { scope: inventory.scope, dpias, blocked, warned, ...(warnings.length > 0 ? { warnings } : {}) };
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
