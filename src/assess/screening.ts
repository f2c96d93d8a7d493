import { dataElement, inSentence } from "../catalog/lookup";
import type { Catalog, DataElement } from "../catalog/schema";
import type { OAuthAccess, ResourceClassification } from "../classify/model";
import type { AssessmentSubject, DataFlow } from "../flows/model";

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

/** The data elements the subject's flows carry, and how a sentence names a list of them. */
interface CarriedData {
  elements: DataElement[];
  names: (list: DataElement[]) => string;
}

type CriterionName = Omit<ScreeningCriterion, "met" | "evidence">;

/**
 * A criterion with its verdict, written out key by key: a spread of the literal each call site
 * passes (one shape per site) took V8's generic copy, and this runs nine times for every DPIA.
 */
function judged(criterion: CriterionName, met: boolean, evidence: string): ScreeningCriterion {
  return { id: criterion.id, short_id: criterion.short_id, criterion: criterion.criterion, met, evidence };
}

/** A criterion the configuration cannot decide: not marked, and the controller must confirm. */
const undecidable = (criterion: CriterionName): ScreeningCriterion => judged(criterion, false, NOT_FROM_CONFIG);

/** A criterion met when the flows carry any of `matching`, with the evidence either way. */
function carriedCriterion(
  criterion: CriterionName,
  data: CarriedData,
  matching: (element: DataElement) => boolean,
  absent: string,
): ScreeningCriterion {
  const found = data.elements.filter(matching);
  return judged(criterion, found.length > 0, found.length > 0 ? `flows carry ${data.names(found)}` : absent);
}

/** C3: recordings or monitoring data in the flows, or events streamed in real time. */
function systematicMonitoring(subject: AssessmentSubject, data: CarriedData): ScreeningCriterion {
  const monitoring = data.elements.filter((element) =>
    ["call_recording_audio", "screen_recording", "employee_monitoring"].includes(element.id),
  );
  const realTime = subject.flows.filter((flow) => flow.frequency === "Real-time" && flow.data_elements.length > 0);
  const evidence = [
    monitoring.length > 0 ? `flows carry ${data.names(monitoring)}` : "",
    ...realTime.map(
      (flow) =>
        `${flow.via} streams events in real time${flow.scale?.evidence.length ? ` (${flow.scale.evidence.join("; ")})` : ""}`,
    ),
  ].filter(Boolean);
  return {
    id: "C3",
    short_id: "systematic_monitoring",
    criterion: "Systematic monitoring",
    met: monitoring.length > 0 || realTime.length > 0,
    evidence: evidence.length > 0 ? evidence.join("; ") : "no recordings, monitoring data or real-time streams",
  };
}

/** What the controller declared a flow moves a month: data subjects, else records. */
const declaredPerMonth = (flow: DataFlow) =>
  flow.scale!.declared!.data_subjects_per_month ?? flow.scale!.declared!.records_per_month;

/**
 * C5: volumes declared large, streams across the whole org, and grants in all divisions (unless every
 * flow declares a small volume) or the `all` scope.
 */
function largeScale(subject: AssessmentSubject, access: OAuthAccess | undefined): ScreeningCriterion {
  const allDivisions = access?.grants.filter((grant) => grant.division === "all" && grant.permissions.length > 0) ?? [];
  const allScope = access?.scopes.some((scope) => scope.scope === "all") ?? false;
  const withData = subject.flows.filter((flow) => flow.data_elements.length > 0);
  const declaredLarge = withData.filter((flow) => flow.scale?.declared?.large);
  const declaredSmall = withData.filter((flow) => flow.scale?.declared && !flow.scale.declared.large);
  const orgWideStreams = withData.filter(
    (flow) =>
      !flow.scale?.declared &&
      flow.scale?.population === "org_wide" &&
      (flow.frequency === "Real-time" || flow.frequency === "Batch"),
  );
  const evidence = [
    ...declaredLarge.map((flow) => `${flow.via}: declared ${declaredPerMonth(flow)} a month`),
    ...orgWideStreams.map(
      (flow) =>
        `${flow.via}: ${flow.frequency.toLowerCase()} across the whole org (${flow.scale!.evidence.join("; ")})`,
    ),
    ...(declaredSmall.length === withData.length && withData.length > 0
      ? []
      : allDivisions.map((grant) => `${grant.attribute}: role granted in all divisions`)),
    ...(allScope ? ["scope all"] : []),
  ];
  return {
    id: "C5",
    short_id: "large_scale",
    criterion: "Data processed on a large scale",
    met: evidence.length > 0,
    evidence:
      evidence.length > 0
        ? evidence.join("; ")
        : declaredSmall.length > 0
          ? `declared volumes are below the large-scale threshold (${declaredSmall.map((flow) => `${flow.via}: ${declaredPerMonth(flow)} a month`).join("; ")})`
          : "no org-wide grant or stream in the configuration; volume to be declared by the controller",
  };
}

/** C6: customer identifiers sent to a system outside the org, where they can be joined with its data. */
function matchingCombining(subject: AssessmentSubject): ScreeningCriterion {
  const combining = subject.flows.filter(
    (flow) =>
      flow.destination.kind !== "genesys_org" &&
      flow.data_elements.some((id) => id === "contact_pii" || id === "person_identifier"),
  );
  return {
    id: "C6",
    short_id: "matching_combining",
    criterion: "Matching or combining datasets",
    met: combining.length > 0,
    evidence:
      combining.length > 0
        ? `customer identifiers are joined with ${[...new Set(combining.map((flow) => flow.destination.name))].join("; ")}`
        : "no customer identifiers sent to another system",
  };
}

/** C7: data about people other than customers (employees); callers' vulnerability is not in the configuration. */
function vulnerableSubjects(data: CarriedData): ScreeningCriterion {
  const vulnerable = data.elements.filter((element) => element.data_subjects !== "customers");
  return {
    id: "C7",
    short_id: "vulnerable_subjects",
    criterion: "Data concerning vulnerable data subjects",
    met: vulnerable.length > 0,
    evidence:
      vulnerable.length > 0
        ? `employees are data subjects (${data.names(vulnerable)})`
        : "callers' vulnerability " + NOT_FROM_CONFIG,
  };
}

/** The nine WP248 rev.01 criteria, each marked only on evidence from the configuration. */
export function screen(
  subject: AssessmentSubject,
  classifications: Map<string, ResourceClassification>,
  catalog: Catalog,
): Screening {
  const ids = [...new Set(subject.flows.flatMap((flow) => flow.data_elements))];
  const data: CarriedData = {
    elements: ids.map((id) => dataElement(catalog, id)),
    names: (list) => list.map((element) => inSentence(element.name)).join(", "),
  };
  const criteria: ScreeningCriterion[] = [
    carriedCriterion(
      { id: "C1", short_id: "evaluation_scoring", criterion: "Evaluation or scoring, including profiling" },
      data,
      (element) => element.id === "employee_monitoring",
      "no evaluation or scoring data in the flows",
    ),
    undecidable({
      id: "C2",
      short_id: "automated_decision_legal_effect",
      criterion: "Automated decision-making with legal or similarly significant effect",
    }),
    systematicMonitoring(subject, data),
    carriedCriterion(
      {
        id: "C4",
        short_id: "sensitive_or_highly_personal",
        criterion: "Sensitive data or data of a highly personal nature",
      },
      data,
      (element) =>
        (element.regulatory_category !== "personal_data" && element.regulatory_category !== "unknown") ||
        ["financial_account", "government_identifier"].includes(element.id),
      "no special-category, financial or communications-content data",
    ),
    largeScale(subject, classifications.get(subject.primary.address)?.access),
    matchingCombining(subject),
    vulnerableSubjects(data),
    carriedCriterion(
      { id: "C8", short_id: "innovative_technology", criterion: "Innovative use of new technological solutions" },
      data,
      (element) => element.id === "voice_biometric_template",
      "no biometric or novel processing seen",
    ),
    undecidable({
      id: "C9",
      short_id: "prevents_right_or_service",
      criterion: "Processing that prevents exercising a right or using a service",
    }),
  ];
  return verdict(criteria);
}

/** Two or more criteria met require a DPIA (WP248 rev.01); with fewer the assessment is the record. */
function verdict(criteria: ScreeningCriterion[]): Screening {
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
