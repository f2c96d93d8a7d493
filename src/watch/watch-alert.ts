import type { SubjectDrift } from "../drift/model";
import { alertedSubject } from "../drift/render-drift";
import type { NewRecord } from "../register/record";

/**
 * What the DPO's webhook is sent for one batch: what triggered it and the subjects that are no
 * longer as approved, in the drift alert's style: ids, kinds and verdicts, no values, no personal
 * data, no secrets (an audit event's user and IP are never given to the watch).
 */
export function watchAlertPayload(
  checkedAt: Date,
  records: readonly NewRecord[],
  subjects: readonly SubjectDrift[],
): Record<string, unknown> {
  const seen = new Set<string>();
  return {
    kind: "dpia-watch",
    checked_at: checkedAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
    triggers: records
      .filter((record) => record.data.needs_dpo === true)
      .map((record) => ({
        trigger: record.data.trigger,
        outcome: record.data.outcome,
        ...(record.data.event ? { event: record.data.event } : {}),
        ...(record.data.exception ? { exception: record.data.exception } : {}),
        ...(record.data.reason ? { reason: record.data.reason } : {}),
      })),
    subjects: subjects.filter((subject) => !seen.has(subject.subject) && seen.add(subject.subject)).map(alertedSubject),
  };
}
