import type { SubjectDrift } from "../drift/model";
import type { ExceptionRecord } from "../exceptions/schema";
import type { NewRecord } from "../register/record";
import { subjectsOfEntity, subjectsOfException, type Reassessment } from "./affected-subjects";
import type { QueueGap } from "./change-queue";
import type { ChangeToAssess } from "./triage";
import { eventRecord, recordedSubject } from "./watch-record";

/** The records of one re-assessment, and the subjects the DPO is alerted about. */
export interface Reassessed {
  records: NewRecord[];
  alerted: SubjectDrift[];
}

/**
 * One record per trigger of the batch: each change with the subjects it touches (alerted when one
 * of them fails: a privacy-relevant change never approved, or a blocked fresh assessment); each
 * expired exception with its subjects (always alerted: the expiry is the event); a gap with every
 * failing subject of the org.
 */
export function reassessedRecords(
  reassessment: Reassessment,
  triggers: { changes: ChangeToAssess[]; expired: ExceptionRecord[]; gap?: QueueGap },
  at: Date,
): Reassessed {
  const out: Reassessed = { records: [], alerted: [] };
  for (const { change, key, resourceTypes } of triggers.changes) {
    const subjects = subjectsOfEntity(reassessment, change.entityId, resourceTypes);
    const failing = subjects.filter((subject) => subject.failed);
    out.alerted.push(...failing);
    out.records.push(
      eventRecord(change, key, "re-assessed", {
        subjects: subjects.map(recordedSubject),
        needsDpo: failing.length > 0,
        ...(subjects.length === 0 ? { reason: "no assessed subject holds this entity" } : {}),
        at,
      }),
    );
  }
  for (const exception of triggers.expired) {
    const subjects = subjectsOfException(reassessment, exception);
    out.alerted.push(...subjects);
    out.records.push(expiryRecord(exception, subjects, at));
  }
  if (triggers.gap) {
    const failing = reassessment.report.subjects.filter((subject) => subject.failed);
    out.alerted.push(...failing);
    out.records.push(gapRecord(triggers.gap, failing, at));
  }
  return out;
}

function expiryRecord(exception: ExceptionRecord, subjects: SubjectDrift[], at: Date): NewRecord {
  return {
    kind: "watch-event",
    subject: exception.exception_id,
    at,
    data: {
      trigger: "exception-expiry",
      exception: {
        exception_id: exception.exception_id,
        dpia_id: exception.dpia_id,
        subject_address: exception.subject_address,
        not_after: exception.not_after,
      },
      outcome: "exception-expired",
      subjects: subjects.map(recordedSubject),
      needs_dpo: true,
      ...(subjects.length === 0 ? { reason: "its subject is not deployed in the org" } : {}),
    },
  };
}

function gapRecord(gap: QueueGap, failing: SubjectDrift[], at: Date): NewRecord {
  return {
    kind: "watch-event",
    subject: `gap:${gap.last.id}`,
    at,
    data: {
      trigger: "queue-overflow",
      outcome: "gap",
      dropped: gap.dropped,
      first_event_time: gap.firstEventTime,
      last: { id: gap.last.id, event_time: gap.last.eventTime },
      subjects: failing.map(recordedSubject),
      needs_dpo: failing.length > 0,
      reason: `${gap.dropped} change${gap.dropped === 1 ? "" : "s"} arrived while the queue was full: the whole org was re-assessed instead`,
    },
  };
}
