import { hideSecrets, maskPersonalData } from "../classify/content/mask-text";
import { hash as sha } from "node:crypto";
import { dataElement, region as regionOf, inSentence } from "../catalog/lookup";
import type { RiskAssessment } from "../assess/assess-risk";
import type { Mitigation } from "../assess/mitigations";
import { atLeast, maxLevel } from "../assess/risk-scale";
import type { Screening } from "../assess/screening";
import type { ResourceClassification } from "../classify/model";
import type { AssessmentSubject } from "../flows/model";
import { hasUnresolved } from "../inventory/expressions";
import { firstBlock, stringAt } from "../inventory/lookup";
import type { EffectivePolicy } from "../policy/load-policy";
import type { Finding } from "../rules/rule";
import { GENERATOR_NAME, GENERATOR_VERSION } from "../version";
import { blockingFindingsOf, unblockOf } from "./blocking-findings";
import { dataFlowsOf } from "./data-flows-section";
import { fingerprint } from "./fingerprint";
import { DPIA_SCHEMA_VERSION, type Dpia } from "./schema";
import type { Inventory } from "../inventory/model";
import type { VendorKnowledge } from "../vendors/model";
import { vendorGovernanceSection } from "./vendor-governance";

const PREFIX = { integration: "INT", oauth_client: "OAC", data_action: "ACT", resource: "RES" } as const;

const DISCLAIMER =
  "Generated from the deployment configuration by a tool. It records what the configuration shows and what it cannot show; it is not legal advice. The data protection officer must review it, complete what the controller must state (purposes, lawful basis, retention at recipients, transfer tools) and sign it before processing starts (GDPR Art. 35(2)).";

export interface DpiaInputs {
  subject: AssessmentSubject;
  scope: string;
  findings: Finding[];
  classifications: Map<string, ResourceClassification>;
  risk: RiskAssessment;
  mitigations: Mitigation[];
  screening: Screening;
  policy: EffectivePolicy;
  timestamp: string;
  inventory?: Inventory;
  vendors?: VendorKnowledge;
  /** The provider configuration's subject, whose DPIA reports the provider findings of this one. */
  providerSubject?: AssessmentSubject;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "unnamed"
  );
}

function dpiaIdOf(subject: AssessmentSubject): string {
  // One-shot hash: a Hash object per DPIA costs several times the digest of a short address.
  const hash = sha("sha256", subject.primary.address, "hex").slice(0, 6);
  return `${PREFIX[subject.kind]}-${slug(subject.name)}-${hash}`;
}

function list(items: string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}

const POPULATION: Record<string, string> = {
  org_wide: "every conversation or record of the org",
  subset: "part of the org",
  single_record: "one record at a time",
  unknown: "an unknown population",
};

/** Volume, frequency and population in plain words for the DPO. */
function volumeInWords(subject: AssessmentSubject): string {
  const flows = subject.flows.filter((flow) => flow.data_elements.length > 0);
  if (flows.length === 0) return "No personal data moves.";
  return flows
    .map((flow) => {
      const declared = flow.scale?.declared;
      const volume = declared
        ? `declared volume ${[declared.data_subjects_per_month !== undefined ? `${declared.data_subjects_per_month} data subjects` : "", declared.records_per_month !== undefined ? `${declared.records_per_month} records` : ""].filter(Boolean).join(" and ")} a month`
        : "volume not declared";
      return `${flow.via}: ${flow.frequency.toLowerCase()}, reaching ${POPULATION[flow.scale?.population ?? "unknown"]}${flow.scale?.evidence.length ? ` (${flow.scale.evidence.join("; ")})` : ""}; ${volume}.`;
    })
    .join(" ");
}

/** What the author wrote about the purpose: a description, or an integration's config notes. */
function statedPurpose(
  subject: AssessmentSubject,
  classifications: Map<string, ResourceClassification>,
): string | undefined {
  // A description the engine classified as data (a work item's text) is not a purpose, and is never repeated.
  const isData = classifications
    .get(subject.primary.address)
    ?.elements.some((item) => item.evidence.some((evidence) => evidence.startsWith("description")));
  if (isData) return undefined;
  const stated =
    stringAt(subject.primary.attributes, "description") ??
    stringAt(firstBlock(subject.primary.attributes, "config"), "notes");
  // Notes are free text: a test card or a token pasted there must not reach the DPIA, or anything made from it.
  return stated && !hasUnresolved(stated) ? hideSecrets(maskPersonalData(stated), () => "[redacted]") : undefined;
}

function describe(inputs: DpiaInputs, elementNames: string[]): Dpia["description"] {
  const { subject, policy } = inputs;
  const destinations = [...new Set(subject.flows.map((flow) => flow.destination.name))];
  const awsRegion = stringAt(subject.provider?.attributes, "aws_region");
  const region = awsRegion ? regionOf(policy.catalog, awsRegion) : undefined;
  const subjects = [
    ...new Set(
      subject.flows.flatMap((flow) => flow.data_elements).map((id) => dataElement(policy.catalog, id).data_subjects),
    ),
  ];
  return {
    nature: `${list([...new Set(subject.flows.map((flow) => flow.processing_nature))])}. Data moves from ${subject.flows[0]?.source ?? "the Genesys Cloud CX org"} to ${list(destinations)}.`,
    scope: `Data elements: ${list(elementNames)}. Data subjects: ${list(subjects.map((s) => s.replace(/_/g, " ")))}. ${volumeInWords(subject)}`,
    context: `Declared in ${inputs.scope} as ${list(subject.members.map((member) => member.address))}. Genesys Cloud region: ${region ? `${region.name} (${region.aws_region}, ${region.country || "no country"})` : "unknown"}.`,
    purposes: `${subject.name}: ${statedPurpose(subject, inputs.classifications) ?? "the configuration states no purpose"}. The controller must state the business purpose and the benefit to data subjects.`,
  };
}

function necessity(inputs: DpiaInputs, elementIds: string[]): Dpia["necessity_and_proportionality"] {
  const { catalog } = inputs.policy;
  const elements = elementIds.map((id) => dataElement(catalog, id));
  const special = elements.filter(
    (element) =>
      element.regulatory_category === "special_category" || element.regulatory_category === "criminal_offence",
  );
  const retention = elements
    .filter((element) => element.default_retention_days !== null)
    .map((element) => `${inSentence(element.name)}: ${element.default_retention_days} days (catalog default)`);
  const outside = inputs.subject.flows.filter(
    (flow) => flow.data_elements.length > 0 && flow.destination.kind !== "genesys_org",
  );
  return {
    lawful_basis: `Not stated in the configuration: the controller must record the GDPR Art. 6 basis for each purpose${special.length > 0 ? ` and an Art. ${special.some((e) => e.regulatory_category === "criminal_offence") ? "10 authorisation or Art. 9(2)" : "9(2)"} condition for ${list(special.map((e) => inSentence(e.name)))}` : ""}.`,
    data_minimisation:
      elements.length === 0
        ? "No personal data was found in the configuration's data flows."
        : `The configuration moves ${elements.length} kind${elements.length === 1 ? "" : "s"} of personal data (${list(elements.map((e) => inSentence(e.name)))}); each must be needed for the stated purpose (Art. 5(1)(c)).`,
    storage_limitation:
      `Retention at the recipients is not stated in the configuration. ${retention.length > 0 ? `Reference periods: ${retention.join("; ")}.` : ""}`.trim(),
    processors_and_transfers:
      outside.length === 0
        ? "Data stays in the Genesys Cloud CX org."
        : `Recipients outside the Genesys Cloud org: ${list([...new Set(outside.map((flow) => flow.destination.name))])}. Each needs an Art. 28 agreement. Transfers: ${list(
            inputs.subject.transfers.map(
              (transfer) =>
                `${transfer.recipient} (${transfer.destination_country ?? "unknown country"}): ${transfer.status.replace(/_/g, " ")}`,
            ),
          )}.`,
  };
}

function dataElementsOf(inputs: DpiaInputs): Dpia["data_elements"] {
  const { subject, classifications, policy } = inputs;
  const elementIds = [...new Set(subject.flows.flatMap((flow) => flow.data_elements))].sort();
  return elementIds.map((id) => {
    const element = dataElement(policy.catalog, id);
    const foundBy = subject.members.flatMap((member) =>
      (classifications.get(member.address)?.elements ?? [])
        .filter((item) => item.element === id)
        .map((item) => ({ resource: member.address, rule: item.rule, evidence: item.evidence })),
    );
    return {
      id,
      name: element.name,
      regulatory_category: element.regulatory_category,
      risk_level: element.risk_level,
      data_subjects: element.data_subjects,
      fides_data_categories: element.fides_data_categories ?? [],
      found_by: foundBy,
    };
  });
}

/** The Art. 35(7)(c) risks: the data flows as one, then one per finding. */
function risksOf(dataElements: Dpia["data_elements"], findings: Finding[], risk: RiskAssessment): Dpia["risks"] {
  const risks: Dpia["risks"] = [];
  if (dataElements.length > 0) {
    const worst = maxLevel(dataElements.map((element) => element.risk_level));
    risks.push({
      id: "R-01",
      source: "data flows",
      harm: `Illegitimate access to, change or loss of ${list(dataElements.filter((e) => e.risk_level === worst).map((e) => inSentence(e.name)))}`,
      likelihood: risk.likelihood,
      severity: risk.impact,
    });
  }
  findings.forEach((finding) =>
    risks.push({
      id: `R-${String(risks.length + 1).padStart(2, "0")}`,
      source: `${finding.rule_id} on ${finding.resource}`,
      harm: finding.message,
      likelihood: risk.likelihood,
      severity: finding.severity,
    }),
  );
  return risks;
}

function subjectOf({ subject, scope }: DpiaInputs): Dpia["subject"] {
  return {
    kind: subject.kind,
    resource_type: subject.primary.type,
    address: subject.primary.address,
    ...(subject.primary.location.constructPath ? { construct_path: subject.primary.location.constructPath } : {}),
    scope,
  };
}

function resourcesOf(subject: AssessmentSubject): Dpia["resources"] {
  return subject.members.map((member) => ({
    address: member.address,
    type: member.type,
    ...(member.location.constructPath ? { construct_path: member.location.constructPath } : {}),
    ...(member.location.file ? { file: member.location.file } : {}),
    ...(member.location.line ? { line: member.location.line } : {}),
  }));
}

function referencedHostsOf(subject: AssessmentSubject): Dpia["referenced_hosts"] {
  return subject.referencedHosts.map((entry) => ({
    resource: entry.resource,
    attribute: entry.attribute,
    ...(entry.host ? { host: entry.host } : {}),
    ...(entry.unicodeHost ? { host_unicode: entry.unicodeHost } : {}),
    ...(entry.awsAccount ? { aws_account: entry.awsAccount } : {}),
    approved: entry.approved,
    warnings: entry.warnings.map((warning) => warning.message),
    ...(entry.unresolved ? { unresolved: entry.unresolved } : {}),
  }));
}

/** Each finding, with the construct path of its resource when there is one. */
function findingsOf(subject: AssessmentSubject, findings: Finding[]): Dpia["findings"] {
  return findings.map((finding) => {
    const path = subject.members.find((member) => member.address === finding.resource)?.location.constructPath;
    return { ...finding, ...(path ? { construct_path: path } : {}) };
  });
}

function unresolvedOf({ subject, classifications }: DpiaInputs): Dpia["unresolved"] {
  return subject.members.flatMap((member) =>
    (classifications.get(member.address)?.unknowns ?? []).map((unknown) => ({
      resource: member.address,
      attribute: unknown.attribute,
      value: unknown.value,
      reason: unknown.reason,
    })),
  );
}

function measuresOf(mitigations: Mitigation[], risk: RiskAssessment): Dpia["measures"] {
  return {
    mitigation_ids: mitigations.map((mitigation) => mitigation.control_id),
    residual_risk: risk.overall_risk_score,
    prior_consultation: atLeast(risk.overall_risk_score, "High")
      ? "Residual risk is High or above. If it remains after the measures, the supervisory authority must be consulted before processing starts (GDPR Art. 36(1))."
      : "Not required on this assessment (residual risk below High).",
  };
}

function decisionOf(
  policy: EffectivePolicy,
  risk: RiskAssessment,
  blocking: NonNullable<Dpia["blocking_findings"]>,
  dpiaId: string,
): Dpia["decision"] {
  const blocked = atLeast(risk.overall_risk_score, policy.thresholds.block_at);
  const named = [...new Set(blocking.map((finding) => finding.rule_id))].join(", ");
  return {
    block_at: policy.thresholds.block_at,
    warn_at: policy.thresholds.warn_at,
    policy: policy.source ?? "built-in defaults",
    reason: blocked
      ? `Overall risk ${risk.overall_risk_score} is at or above the block threshold ${policy.thresholds.block_at}${named ? ` (blocking: ${named})` : ""}; deployment needs a valid exception.`
      : `Overall risk ${risk.overall_risk_score} is below the block threshold ${policy.thresholds.block_at}.`,
    ...(blocked ? { unblock: unblockOf(dpiaId, blocking) } : {}),
  };
}

/** Assembles the DPIA artifact, its sections in the order of the reference format. Deterministic apart from `timestamp`. */
export function buildDpia(inputs: DpiaInputs): Dpia {
  const { subject, findings, risk, mitigations, screening, policy } = inputs;
  const dataElements = dataElementsOf(inputs);
  const blocked = atLeast(risk.overall_risk_score, policy.thresholds.block_at);
  const dpiaId = dpiaIdOf(subject);
  const blocking = blockingFindingsOf(findings, risk.overall_risk_score, policy.thresholds);
  return {
    schema_version: DPIA_SCHEMA_VERSION,
    dpia_id: dpiaId,
    integration_name: subject.name,
    timestamp: inputs.timestamp,
    compliance_status: blocked ? "BLOCKED_FOR_DEPLOYMENT" : "APPROVED_FOR_DEPLOYMENT",
    subject: subjectOf(inputs),
    resources: resourcesOf(subject),
    data_flows: dataFlowsOf(subject, policy),
    transfers: subject.transfers,
    transfer_notes: subject.transferNotes,
    referenced_hosts: referencedHostsOf(subject),
    data_elements: dataElements,
    risk_assessment: risk,
    mitigations,
    findings: findingsOf(subject, findings),
    blocking_findings: blocking,
    ...(inputs.providerSubject ? { provider_findings_in: dpiaIdOf(inputs.providerSubject) } : {}),
    unresolved: unresolvedOf(inputs),
    screening,
    description: describe(
      inputs,
      dataElements.map((element) => inSentence(element.name)),
    ),
    necessity_and_proportionality: necessity(
      inputs,
      dataElements.map((element) => element.id),
    ),
    risks: risksOf(dataElements, findings, risk),
    measures: measuresOf(mitigations, risk),
    decision: decisionOf(policy, risk, blocking, dpiaId),
    ...(policy.controller ? { controller: policy.controller } : {}),
    ...(inputs.vendors && inputs.inventory
      ? {
          vendor_governance: vendorGovernanceSection(
            subject,
            inputs.inventory,
            policy.catalog,
            inputs.vendors,
            findings,
          ),
        }
      : {}),
    fingerprint: fingerprint(subject.members, subject.provider),
    generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION, catalog_version: policy.catalog.version },
    disclaimer: DISCLAIMER,
  };
}
