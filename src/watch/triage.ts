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
 * Sorts a batch: a change already handled (in the register or earlier in the batch) is a duplicate
 * and left out; a malformed one or one of another org is refused; one of a type the gate does not
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
      out.records.push(
        eventRecord(clipped(change), key, "refused-malformed", { needsDpo: false, reason: malformed, at }),
      );
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
