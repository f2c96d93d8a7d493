import type { NewRecord } from "../register/record";
import type { AuditChange } from "./audit-change";
import { entityTypeRole } from "./assessed-entity-types";
import { changeKey, malformedChange } from "./change-key";
import { eventRecord } from "./watch-record";
import type { ResourceType } from "../inventory/resource-type";

/** A change the watch re-assesses, with the resource types its entity is read as. */
export interface ChangeToAssess {
  change: AuditChange;
  key: string;
  resourceTypes: readonly ResourceType[];
}

/** A batch of changes sorted: what needs no live read is recorded as it is, the rest is re-assessed. */
export interface Triage {
  toAssess: ChangeToAssess[];
  /** Records of the changes refused or passed over, each with the reason. */
  records: NewRecord[];
  /** Changes that must reach the DPO although nothing could be re-assessed. */
  alerts: NewRecord[];
  duplicates: number;
  keys: string[];
}

const LONGEST_RECORDED = 256;

/** A malformed change as it may be recorded: each field a string of bounded length, whatever the source gave. */
function clipped(change: AuditChange): AuditChange {
  const field = (value: unknown) =>
    (typeof value === "string" ? value : String(value ?? "")).slice(0, LONGEST_RECORDED);
  return {
    id: field(change.id),
    organizationId: field(change.organizationId),
    serviceName: field(change.serviceName),
    entityType: field(change.entityType),
    entityId: field(change.entityId),
    action: field(change.action),
    eventTime: field(change.eventTime),
    via: change.via,
  };
}

/**
 * Whether a change that cannot be read as a whole may still be one of the watched org's changes to a type
 * the gate assesses or sends to the DPO: its type is one of those (or not said), and its org is the watched
 * one (or not said). The DPO is told of it: unread is not unchanged.
 */
function mayBeWatchedChange(change: AuditChange, organizationId: string): boolean {
  const said = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
  const type = said(change.entityType);
  const org = said(change.organizationId);
  if (org !== undefined && org.toLowerCase() !== organizationId.toLowerCase()) return false;
  return type === undefined || entityTypeRole(type).kind !== "not-assessed";
}

/**
 * Sorts a batch: a change already handled (in the register or earlier in the batch) is a duplicate
 * and left out; a malformed one or one of another org is refused (a malformed one that may be a watched
 * change also alerted); one of a type the gate does not
 * assess is passed over; one the live reader cannot read is recorded and alerted (fail closed).
 */
export function triage(changes: AuditChange[], handled: ReadonlySet<string>, organizationId: string, at: Date): Triage {
  const out: Triage = { toAssess: [], records: [], alerts: [], duplicates: 0, keys: [] };
  const seen = new Set<string>();
  for (const change of changes) {
    const malformed = malformedChange(change);
    const key = changeKey(change);
    if (handled.has(key) || seen.has(key)) {
      out.duplicates++;
      continue;
    }
    seen.add(key);
    out.keys.push(key);
    if (malformed) {
      const record = (needsDpo: boolean) =>
        eventRecord(clipped(change), key, "refused-malformed", { needsDpo, reason: malformed, at });
      if (mayBeWatchedChange(change, organizationId)) out.alerts.push(record(true));
      else out.records.push(record(false));
      continue;
    }
    // Org ids are UUIDs: the same org spelt in upper case (an EventBridge source may) is not another org.
    if (change.organizationId.toLowerCase() !== organizationId.toLowerCase()) {
      const reason = `the event is of organization ${change.organizationId}, not of the watched org ${organizationId}`;
      out.records.push(eventRecord(change, key, "refused-other-org", { needsDpo: false, reason, at }));
      continue;
    }
    const role = entityTypeRole(change.entityType);
    if (role.kind === "assessed") out.toAssess.push({ change, key, resourceTypes: role.resourceTypes });
    else if (role.kind === "not-assessed")
      out.records.push(
        eventRecord(change, key, "not-assessed", {
          needsDpo: false,
          reason: "not an entity type the gate assesses",
          at,
        }),
      );
    else
      out.alerts.push(
        eventRecord(change, key, "not-read-live", {
          needsDpo: true,
          reason: `the live reader does not read ${change.entityType} entities: review this change by hand or through dpia gate`,
          at,
        }),
      );
  }
  return out;
}
