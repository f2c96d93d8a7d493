import type { ExceptionRecord } from "../exceptions/schema";
import type { NewRecord, RegisterRecord } from "../register/record";
import type { TicketLink, TicketSystemName } from "./ticket-system";

/** The kinds of record this stage reads back; the gate's own (requests, approvals) come with them. */
export const TICKET_KINDS = [
  "exception-requested",
  "exception-approved",
  "exception-renewed",
  "exception-imported",
  "exception-revoked",
  "ticket-opened",
  "ticket-status",
  "ticket-approval-refused",
] as const;

const SYSTEMS: readonly string[] = ["jira", "servicenow"] satisfies TicketSystemName[];

function linkOf(data: Record<string, unknown>): TicketLink | undefined {
  const { system, key, locator, url } = data;
  if (typeof system !== "string" || !SYSTEMS.includes(system)) return undefined;
  if (typeof key !== "string" || typeof locator !== "string" || typeof url !== "string") return undefined;
  return { system: system as TicketSystemName, key, locator, url };
}

/** What the register knows of one exception's ticket. */
export interface TicketTrail {
  link: TicketLink;
  /** The status last recorded, if any. */
  status?: string;
  /** Comments (and the blocks in them) already recorded, accepted or refused: `<comment id>#<block>`. */
  handled: Set<string>;
}

/** Every exception's ticket, by exception id, as the register's records leave it. */
export function ticketTrails(records: RegisterRecord[]): Map<string, TicketTrail> {
  const trails = new Map<string, TicketTrail>();
  for (const record of records) {
    if (record.kind === "ticket-opened") {
      const link = linkOf(record.data);
      if (link) trails.set(record.subject, { link, handled: new Set() });
      continue;
    }
    const trail = trails.get(record.subject);
    if (!trail) continue;
    if (record.kind === "ticket-status" && typeof record.data.status === "string") trail.status = record.data.status;
    const handled =
      record.kind === "exception-approved"
        ? record.data.ticket_comment
        : record.kind === "ticket-approval-refused"
          ? record.data
          : undefined;
    if (handled && typeof handled === "object" && typeof (handled as { block?: unknown }).block === "string")
      trail.handled.add((handled as { block: string }).block);
  }
  return trails;
}

export function ticketOpened(exception: ExceptionRecord, link: TicketLink, at: Date): NewRecord {
  return { kind: "ticket-opened", subject: exception.exception_id, at, data: { ...link, dpia_id: exception.dpia_id } };
}

export function ticketStatus(
  exception: ExceptionRecord,
  link: TicketLink,
  status: string,
  ended: boolean,
  at: Date,
): NewRecord {
  return {
    kind: "ticket-status",
    subject: exception.exception_id,
    at,
    data: { system: link.system, key: link.key, status, ended },
  };
}

/** An approval collected from the ticket: the exception with the signature added, and where it came from. */
export function approvalFromTicket(
  signed: ExceptionRecord,
  approver: string,
  link: TicketLink,
  block: string,
  author: string,
  at: Date,
): NewRecord {
  return {
    kind: "exception-approved",
    subject: signed.exception_id,
    at,
    data: {
      exception: signed,
      actor: `${approver} (signature posted in ${link.key})`,
      dpia_id: signed.dpia_id,
      fingerprint: signed.fingerprint,
      ticket_comment: { system: link.system, key: link.key, block, author },
    },
  };
}

export function approvalRefused(
  exception: ExceptionRecord,
  link: TicketLink,
  refusal: { block: string; author: string; rule?: string; reason: string },
  at: Date,
): NewRecord {
  return {
    kind: "ticket-approval-refused",
    subject: exception.exception_id,
    at,
    data: { system: link.system, key: link.key, ...refusal },
  };
}

export function exceptionRevoked(exception: ExceptionRecord, link: TicketLink, status: string, at: Date): NewRecord {
  return {
    kind: "exception-revoked",
    subject: exception.exception_id,
    at,
    data: {
      dpia_id: exception.dpia_id,
      fingerprint: exception.fingerprint,
      reason: `ticket ${link.key} is ${status}`,
      ticket: { system: link.system, key: link.key },
    },
  };
}
