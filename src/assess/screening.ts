import { dataElement, inSentence } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import type { AssessmentSubject } from "../flows/model";

interface ScreeningCriterion {
  id: string;
  short_id: string;
  criterion: string;
  met: boolean;
  evidence: string;
}

export interface Screening {
  criteria: ScreeningCriterion[];
  criteria_met: number;
  dpia_required: boolean;
  reasoning: string;
}

const NOT_FROM_CONFIG = "cannot be decided from the configuration; the controller must confirm";

/** The nine WP248 rev.01 criteria, each marked only on evidence from the configuration. */
export function screen(
  subject: AssessmentSubject,
  classifications: Map<string, ResourceClassification>,
  catalog: Catalog,
): Screening {
  const ids = [...new Set(subject.flows.flatMap((flow) => flow.data_elements))];
  const elements = ids.map((id) => dataElement(catalog, id));
  const names = (list: typeof elements) => list.map((element) => inSentence(element.name)).join(", ");
  const access = classifications.get(subject.primary.address)?.access;
  const allDivisions = access?.grants.filter((grant) => grant.division === "all" && grant.permissions.length > 0) ?? [];
  const allScope = access?.scopes.some((scope) => scope.scope === "all") ?? false;
  const realTime = subject.flows.filter((flow) => flow.frequency === "Real-time" && flow.data_elements.length > 0);

  const monitoring = elements.filter((element) =>
    ["call_recording_audio", "screen_recording", "employee_monitoring"].includes(element.id),
  );
  const sensitive = elements.filter(
    (element) =>
      (element.regulatory_category !== "personal_data" && element.regulatory_category !== "unknown") ||
      ["financial_account", "government_identifier"].includes(element.id),
  );
  const evaluation = elements.filter((element) => element.id === "employee_monitoring");
  const vulnerable = elements.filter((element) => element.data_subjects !== "customers");
  const innovative = elements.filter((element) => element.id === "voice_biometric_template");
  const combining = subject.flows.filter(
    (flow) =>
      flow.destination.kind !== "genesys_org" &&
      flow.data_elements.some((id) => id === "contact_pii" || id === "person_identifier"),
  );

  const withData = subject.flows.filter((flow) => flow.data_elements.length > 0);
  const declaredLarge = withData.filter((flow) => flow.scale?.declared?.large);
  const declaredSmall = withData.filter((flow) => flow.scale?.declared && !flow.scale.declared.large);
  const orgWideStreams = withData.filter(
    (flow) =>
      !flow.scale?.declared &&
      flow.scale?.population === "org_wide" &&
      (flow.frequency === "Real-time" || flow.frequency === "Batch"),
  );
  const largeScaleEvidence = [
    ...declaredLarge.map(
      (flow) =>
        `${flow.via}: declared ${flow.scale!.declared!.data_subjects_per_month ?? flow.scale!.declared!.records_per_month} a month`,
    ),
    ...orgWideStreams.map(
      (flow) =>
        `${flow.via}: ${flow.frequency.toLowerCase()} across the whole org (${flow.scale!.evidence.join("; ")})`,
    ),
    ...(declaredSmall.length === withData.length && withData.length > 0
      ? []
      : allDivisions.map((grant) => `${grant.attribute}: role granted in all divisions`)),
    ...(allScope ? ["scope all"] : []),
  ];
  const criteria: ScreeningCriterion[] = [
    {
      id: "C1",
      short_id: "evaluation_scoring",
      criterion: "Evaluation or scoring, including profiling",
      met: evaluation.length > 0,
      evidence:
        evaluation.length > 0 ? `flows carry ${names(evaluation)}` : "no evaluation or scoring data in the flows",
    },
    {
      id: "C2",
      short_id: "automated_decision_legal_effect",
      criterion: "Automated decision-making with legal or similarly significant effect",
      met: false,
      evidence: NOT_FROM_CONFIG,
    },
    {
      id: "C3",
      short_id: "systematic_monitoring",
      criterion: "Systematic monitoring",
      met: monitoring.length > 0 || realTime.length > 0,
      evidence:
        monitoring.length + realTime.length > 0
          ? [
              monitoring.length > 0 ? `flows carry ${names(monitoring)}` : "",
              ...realTime.map(
                (flow) =>
                  `${flow.via} streams events in real time${flow.scale?.evidence.length ? ` (${flow.scale.evidence.join("; ")})` : ""}`,
              ),
            ]
              .filter(Boolean)
              .join("; ")
          : "no recordings, monitoring data or real-time streams",
    },
    {
      id: "C4",
      short_id: "sensitive_or_highly_personal",
      criterion: "Sensitive data or data of a highly personal nature",
      met: sensitive.length > 0,
      evidence:
        sensitive.length > 0
          ? `flows carry ${names(sensitive)}`
          : "no special-category, financial or communications-content data",
    },
    {
      id: "C5",
      short_id: "large_scale",
      criterion: "Data processed on a large scale",
      met: largeScaleEvidence.length > 0,
      evidence:
        largeScaleEvidence.length > 0
          ? largeScaleEvidence.join("; ")
          : declaredSmall.length > 0
            ? `declared volumes are below the large-scale threshold (${declaredSmall.map((flow) => `${flow.via}: ${flow.scale!.declared!.data_subjects_per_month ?? flow.scale!.declared!.records_per_month} a month`).join("; ")})`
            : "no org-wide grant or stream in the configuration; volume to be declared by the controller",
    },
    {
      id: "C6",
      short_id: "matching_combining",
      criterion: "Matching or combining datasets",
      met: combining.length > 0,
      evidence:
        combining.length > 0
          ? `customer identifiers are joined with ${[...new Set(combining.map((flow) => flow.destination.name))].join("; ")}`
          : "no customer identifiers sent to another system",
    },
    {
      id: "C7",
      short_id: "vulnerable_subjects",
      criterion: "Data concerning vulnerable data subjects",
      met: vulnerable.length > 0,
      evidence:
        vulnerable.length > 0
          ? `employees are data subjects (${names(vulnerable)})`
          : "callers' vulnerability " + NOT_FROM_CONFIG,
    },
    {
      id: "C8",
      short_id: "innovative_technology",
      criterion: "Innovative use of new technological solutions",
      met: innovative.length > 0,
      evidence: innovative.length > 0 ? `flows carry ${names(innovative)}` : "no biometric or novel processing seen",
    },
    {
      id: "C9",
      short_id: "prevents_right_or_service",
      criterion: "Processing that prevents exercising a right or using a service",
      met: false,
      evidence: NOT_FROM_CONFIG,
    },
  ];
  const met = criteria.filter((criterion) => criterion.met).length;
  return {
    criteria,
    criteria_met: met,
    dpia_required: met >= 2,
    reasoning:
      met >= 2
        ? `${met} of the nine WP248 criteria are met; a DPIA is required (WP248 rev.01: two or more criteria).`
        : `${met} of the nine WP248 criteria ${met === 1 ? "is" : "are"} met; WP248 does not require a DPIA on this count alone, but this assessment is kept as the record of that decision.`,
  };
}
