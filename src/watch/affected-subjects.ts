import type { Baseline, DriftReport, SubjectDrift } from "../drift/model";
import type { CurrentSubject } from "../drift/compare";
import type { ExceptionRecord } from "../exceptions/schema";
import type { Inventory } from "../inventory/model";
import type { ResourceType } from "../inventory/resource-type";

/** One re-assessment of the org, and what each subject of it is made of. */
export interface Reassessment {
  report: DriftReport;
  current: CurrentSubject[];
  baselines: Baseline[];
  inventory: Inventory;
}

const typeOf = (address: string) => address.slice(0, address.indexOf("."));

/**
 * The subjects a change to one entity touches: those whose DPIA holds the entity's resource (an
 * OAuth client holds the roles it is granted). An entity no longer in the org (deleted, or moved out
 * of reach) touches every subject of its types, or holding its types, that is no longer as approved.
 */
export function subjectsOfEntity(
  reassessment: Reassessment,
  entityId: string,
  resourceTypes: readonly ResourceType[],
): SubjectDrift[] {
  const { report, current, inventory } = reassessment;
  const types = new Set<string>(resourceTypes);
  const resource = inventory.resources.find(
    (candidate) => types.has(candidate.type) && candidate.location?.constructPath === `${candidate.type}/${entityId}`,
  );
  const members = new Map(
    current.map(({ dpia }) => [dpia.subject.address, new Set(dpia.resources.map((member) => member.address))]),
  );
  if (resource) return report.subjects.filter((subject) => members.get(subject.subject)?.has(resource.address));
  return report.subjects.filter(
    (subject) =>
      subject.state !== "unchanged" &&
      (types.has(typeOf(subject.subject)) ||
        [...(members.get(subject.subject) ?? [])].some((a) => types.has(typeOf(a)))),
  );
}

/** The subjects an exception was granted for: by DPIA id, by address, or through the approval it was matched to. */
export function subjectsOfException(reassessment: Reassessment, exception: ExceptionRecord): SubjectDrift[] {
  const approvedAddress = new Map(
    reassessment.baselines.map((baseline) => [baseline.recordedAs, baseline.dpia.subject.address]),
  );
  return reassessment.report.subjects.filter(
    (subject) =>
      subject.dpia_id === exception.dpia_id ||
      subject.subject === exception.subject_address ||
      (subject.baseline && approvedAddress.get(subject.baseline.recorded_as) === exception.subject_address),
  );
}
