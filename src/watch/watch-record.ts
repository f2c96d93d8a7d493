import type { SubjectDrift } from "../drift/model";
import type { NewRecord } from "../register/record";
import type { AuditChange } from "./audit-change";

/**
 * Whether the DPO's alert for a record that needs the DPO was delivered: `sent` (the webhook
 * answered 2xx), `failed` (it could not be reached or refused it), `not-configured` (no webhook).
 */
export type AlertDelivery = "sent" | "failed" | "not-configured";

/** What the watch did with one trigger. */
export type WatchOutcome =
  | "re-assessed"
  | "refused-other-org"
  | "refused-malformed"
  | "not-assessed"
  | "not-read-live"
  | "exception-expired"
  | "gap";

/** One subject as a watch record keeps it: its state and the kinds of its changes, no configuration. */
export interface RecordedSubject {
  subject: string;
  dpia_id: string;
  state: SubjectDrift["state"];
  failed: boolean;
  fingerprint: string | null;
  kinds: string[];
}

export function recordedSubject(subject: SubjectDrift): RecordedSubject {
  return {
    subject: subject.subject,
    dpia_id: subject.dpia_id,
    state: subject.state,
    failed: subject.failed,
    fingerprint: subject.fresh?.fingerprint ?? null,
    kinds: [...new Set(subject.changes.flatMap((change) => change.kinds))],
  };
}

/** The event as recorded: what it says (no user, no IP: the watch is given none), and its delivery key. */
function recordedEvent(change: AuditChange, key: string): Record<string, unknown> {
  return {
    id: change.id,
    organization_id: change.organizationId,
    service_name: change.serviceName,
    entity_type: change.entityType,
    entity_id: change.entityId,
    action: change.action,
    event_time: change.eventTime,
    via: change.via,
    key,
  };
}

/** The register record of one handled event. */
export function eventRecord(
  change: AuditChange,
  key: string,
  outcome: WatchOutcome,
  details: { subjects?: RecordedSubject[]; needsDpo: boolean; reason?: string; at: Date },
): NewRecord {
  return {
    kind: "watch-event",
    subject: change.id,
    at: details.at,
    data: {
      trigger: "audit-event",
      event: recordedEvent(change, key),
      outcome,
      subjects: details.subjects ?? [],
      needs_dpo: details.needsDpo,
      ...(details.reason ? { reason: details.reason } : {}),
    },
  };
}
