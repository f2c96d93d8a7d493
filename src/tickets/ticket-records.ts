import type { ExceptionRecord } from "../exceptions/schema";
import type { NewRecord, RegisterRecord } from "../register/record";
import type { TicketLink, TicketState, TicketSystemName } from "./ticket-system";

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
  /** The status last recorded for this exception, if any. */
  status?: string;
  /** Why that record says the signatures were not collected (comments over the caps), if it does. */
  unread?: string;
  /** Comments (and the blocks in them) already recorded for it, accepted or refused: `<comment id>#<block>`. */
  handled: Set<string>;
}

/** The ticket an exception was raised through, or the one of the exception it renews (a renewal stays under its ticket). */
function linkFor(id: string, links: Map<string, TicketLink>, renews: Map<string, string>): TicketLink | undefined {
  const seen = new Set<string>();
  for (let current: string | undefined = id; current && !seen.has(current); current = renews.get(current)) {
    seen.add(current);
    const link = links.get(current);
    if (link) return link;
  }
  return undefined;
}

function handledBlock(record: RegisterRecord): string | undefined {
  const source =
    record.kind === "exception-approved"
      ? record.data.ticket_comment
      : record.kind === "ticket-approval-refused"
        ? record.data
        : undefined;
  const block = source && typeof source === "object" ? (source as { block?: unknown }).block : undefined;
  return typeof block === "string" ? block : undefined;
}

/** Every exception's ticket, by exception id, as the register's records leave it; renewals inherit their ticket. */
export function ticketTrails(records: RegisterRecord[]): Map<string, TicketTrail> {
  const links = new Map<string, TicketLink>();
  const renews = new Map<string, string>();
  const statuses = new Map<string, { status: string; unread?: string }>();
  const handled = new Map<string, Set<string>>();
  for (const record of records) {
    const link = record.kind === "ticket-opened" ? linkOf(record.data) : undefined;
    if (link) links.set(record.subject, link);
    const renewed = (record.data.exception as { renews?: unknown } | undefined)?.renews;
    if (typeof renewed === "string") renews.set(record.subject, renewed);
    if (record.kind === "ticket-status" && typeof record.data.status === "string") {
      const unread = record.data.signatures_not_collected;
      statuses.set(record.subject, {
        status: record.data.status,
        ...(typeof unread === "string" ? { unread } : {}),
      });
    }
    const block = handledBlock(record);
    if (block) handled.set(record.subject, (handled.get(record.subject) ?? new Set()).add(block));
  }
  const trails = new Map<string, TicketTrail>();
  for (const id of new Set([...links.keys(), ...renews.keys()])) {
    const link = linkFor(id, links, renews);
    if (!link) continue;
    trails.set(id, { link, ...statuses.get(id), handled: handled.get(id) ?? new Set() });
  }
  return trails;
}

export function ticketOpened(exception: ExceptionRecord, link: TicketLink, at: Date): NewRecord {
  return { kind: "ticket-opened", subject: exception.exception_id, at, data: { ...link, dpia_id: exception.dpia_id } };
}

/** The ticket's status; `unread` says why its signatures were not collected in this run (comments over the caps). */
export function ticketStatus(
  exception: ExceptionRecord,
  link: TicketLink,
  state: TicketState,
  at: Date,
  unread?: string,
): NewRecord {
  const { status, ended, gone } = state;
  return {
    kind: "ticket-status",
    subject: exception.exception_id,
    at,
    data: {
      system: link.system,
      key: link.key,
      status,
      ended,
      ...(gone ? { gone } : {}),
      ...(unread ? { signatures_not_collected: unread } : {}),
    },
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
