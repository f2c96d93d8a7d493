import { createHash } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import type { AuditChange } from "./audit-change";

/**
 * What makes two deliveries the same event: its id and everything it says, but not how it came.
 * Keyed on content too, so that an event forged or misrouted with a real event's id cannot make the
 * real one look like a duplicate: a second event under one id is handled again (a re-assessment
 * reads the org itself, so handling one more time is never less safe).
 */
export function changeKey(change: AuditChange): string {
  const said = {
    id: change.id,
    organizationId: change.organizationId,
    serviceName: change.serviceName,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    eventTime: change.eventTime,
  };
  return `sha256:${createHash("sha256").update(canonicalJson(said)).digest("hex")}`;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const LONGEST_FIELD = 256;

/** Why a change cannot be handled as it is (a source that gave an empty id or an unreadable time), or undefined. */
export function malformedChange(change: AuditChange): string | undefined {
  for (const field of ["id", "organizationId", "entityType", "action", "eventTime"] as const) {
    const value: unknown = change[field];
    if (typeof value !== "string" || value.length === 0) return `${field} is missing`;
    if (value.length > LONGEST_FIELD) return `${field} is longer than ${LONGEST_FIELD} characters`;
  }
  if (!ISO_TIME.test(change.eventTime) || Number.isNaN(Date.parse(change.eventTime)))
    return "eventTime is not an ISO 8601 time";
  return undefined;
}
