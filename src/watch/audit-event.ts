import { z } from "zod";
import { InputError } from "../validation/input-error";
import type { AuditChange } from "./audit-change";

const text = z.string().min(1).max(512);
const time = text.refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 date and time");
const entityRef = z.looseObject({ id: text });

/** What the audit topic's payload and an Audit Query result both say, in the same fields. */
const AUDIT_FIELDS = { id: text, serviceName: text, entityType: text, entity: entityRef, action: text };

/** The audit topic's payload (AuditTopicAuditLogMessage): what the Notifications API and EventBridge deliver. */
const TOPIC_BODY = z.looseObject({ ...AUDIT_FIELDS, eventTime: time });

/** One result of the Audit Query API (AuditLogMessage): `eventDate` where the topic says `eventTime`. */
const AUDIT_LOG_MESSAGE = z.looseObject({ ...AUDIT_FIELDS, eventDate: time });

/** Why an event could not be read: names where it came from and the first problems; an InputError (exit 2). */
export class AuditEventError extends InputError {
  constructor(from: string, what: string) {
    super([{ file: from, location: "", expected: what }]);
    this.name = "AuditEventError";
    this.stack = `${this.name}: ${this.message}`;
  }
}

function problems(error: z.ZodError, prefix: string): string {
  const shown = error.issues.slice(0, 2).map((issue) => {
    const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
    return `${prefix}${path}: ${issue.message}`;
  });
  return `an audit event of an unexpected shape (${shown.join("; ")})`;
}

/** The AuditChange of an event read by either schema, given its time (named differently by each). */
function auditChange(
  event: { id: string; serviceName: string; entityType: string; entity: { id: string }; action: string },
  organizationId: string,
  eventTime: string,
  via: AuditChange["via"],
): AuditChange {
  return {
    id: event.id,
    organizationId,
    serviceName: event.serviceName,
    entityType: event.entityType,
    entityId: event.entity.id,
    action: event.action,
    eventTime,
    via,
  };
}

/** An audit topic's payload as an AuditChange; a payload of another shape is an AuditEventError naming `from`. */
export function changeFromTopicBody(
  body: unknown,
  organizationId: string,
  via: "notifications" | "eventbridge",
  from: string,
): AuditChange {
  const parsed = TOPIC_BODY.safeParse(body);
  if (!parsed.success) throw new AuditEventError(from, problems(parsed.error, "eventBody"));
  return auditChange(parsed.data, organizationId, parsed.data.eventTime, via);
}

/** One Audit Query result as an AuditChange. */
export function changeFromAuditLogMessage(message: unknown, organizationId: string, from: string): AuditChange {
  const parsed = AUDIT_LOG_MESSAGE.safeParse(message);
  if (!parsed.success) throw new AuditEventError(from, problems(parsed.error, "entities[]"));
  return auditChange(parsed.data, organizationId, parsed.data.eventDate, "audit-query");
}

/**
 * What can be read of an audit of an unexpected shape (every field of AuditLogMessage is optional in the
 * Platform API's definition), for the watch's triage to record: refused as malformed, or handled with what
 * it says. A catch-up must neither stop on it (a restart would query the same minutes and stop again, for
 * ever, blind to every later change) nor drop it unrecorded.
 */
export function readableAuditChange(message: unknown, organizationId: string): AuditChange {
  const fields = message && typeof message === "object" ? (message as Record<string, unknown>) : {};
  const entity = fields.entity && typeof fields.entity === "object" ? (fields.entity as Record<string, unknown>) : {};
  const said = (value: unknown) => (typeof value === "string" ? value.slice(0, 512) : "");
  return {
    id: said(fields.id),
    organizationId,
    serviceName: said(fields.serviceName),
    entityType: said(fields.entityType),
    entityId: said(entity.id),
    action: said(fields.action),
    eventTime: said(fields.eventDate),
    via: "audit-query",
  };
}

/** The time of a resume mark; a mark that is not a time would pass nothing on, silently: exit 2 instead. */
export function markTime(after: { id: string; eventTime: string }): number {
  const time = Date.parse(after.eventTime);
  if (Number.isNaN(time))
    throw new AuditEventError(
      "the change the watch resumes after",
      `an eventTime that is not an ISO 8601 date and time (${JSON.stringify(String(after.eventTime).slice(0, 40))})`,
    );
  return time;
}

/** Whether a change comes after the mark a restart resumes from (the mark itself excluded, its peers kept). */
export function isAfter(change: AuditChange, after: { id: string; eventTime: string } | undefined): boolean {
  if (!after) return true;
  const at = Date.parse(change.eventTime);
  const mark = markTime(after);
  return at > mark || (at === mark && change.id !== after.id);
}
