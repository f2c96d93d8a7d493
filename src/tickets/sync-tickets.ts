import type { ExceptionRecord } from "../exceptions/schema";
import { currentExceptions } from "../register/exceptions";
import type { NewRecord } from "../register/record";
import type { DpiaRegister } from "../register/register";
import { recordedTrustRoots } from "../register/trust-roots";
import { parsePin } from "../trust/pin";
import { rootInForce } from "../trust/root-in-force";
import { approvalBlocksIn } from "./approval-block";
import {
  approvalFromTicket,
  approvalRefused,
  exceptionRevoked,
  ticketStatus,
  ticketTrails,
  TICKET_KINDS,
  type TicketTrail,
} from "./ticket-records";
import type { TicketComment, TicketSystem, TicketSystemName } from "./ticket-system";
import { verifyApproval } from "./verify-approval";
import type { Approver } from "../policy/schema";
import { InputError } from "../validation/input-error";
import { TicketTooLargeError } from "./ticket-http";

/** What one ticket's sync did, in a line for the log. */
export interface TicketSyncOutcome {
  exception_id: string;
  key: string;
  status: string;
  revoked: boolean;
  approved: string[];
  refused: string[];
  /** Why signatures were left for a later sync (no trust root in force, comments over the caps). */
  pending?: string;
  /** Why this ticket could not be synced at all (nothing recorded for it); the others still were. */
  failed?: string;
}

export interface SyncOptions {
  /** The ticket system for each name, credentials from the environment. */
  systemFor: (name: TicketSystemName) => TicketSystem;
  /** Only the exception with this id, or the ticket with this key. */
  only?: string;
  /** Only the tickets of this system. */
  system?: TicketSystemName;
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

interface Collected {
  entries: NewRecord[];
  exception: ExceptionRecord;
  approved: string[];
  refused: string[];
}

/** More approval blocks than this in one comment is not people approving: the comment is refused whole. */
const MAX_BLOCKS_PER_COMMENT = 4;

/** The signatures posted in comments not handled before, each verified, accepted or refused (both recorded). */
function collectApprovals(
  exception: ExceptionRecord,
  trail: TicketTrail,
  comments: TicketComment[],
  approvers: Approver[],
  now: Date,
  sameTicket: Set<string>,
): Collected {
  const collected: Collected = { entries: [], exception, approved: [], refused: [] };
  const refuseIn = (comment: TicketComment, block: string) => (reason: string, rule?: string) => {
    collected.entries.push(
      approvalRefused(exception, trail.link, { block, author: comment.author, ...(rule ? { rule } : {}), reason }, now),
    );
    collected.refused.push(`${block}: ${rule ? `${rule}: ` : ""}${reason}`);
  };
  for (const comment of comments) {
    const blocks = approvalBlocksIn(comment.text);
    // One refusal for a comment stuffed with blocks: anyone who may comment must not be able to write a
    // register record (and a printed line) per block, by the million.
    if (blocks.length > MAX_BLOCKS_PER_COMMENT) {
      const whole = `${comment.id}#*`;
      const reason = `a comment with ${blocks.length} approval blocks, none read (at most ${MAX_BLOCKS_PER_COMMENT}): post each approval in a comment of its own`;
      if (!trail.handled.has(whole)) refuseIn(comment, whole)(reason);
      continue;
    }
    blocks.forEach((parsed, index) => {
      const block = `${comment.id}#${index}`;
      if (trail.handled.has(block)) return;
      const refuse = refuseIn(comment, block);
      if ("malformed" in parsed) return refuse(`not an approval block: ${parsed.malformed}`);
      // A renewal shares its ticket: the blocks of the other exceptions there are theirs, not forgeries.
      if (parsed.block.exception_id !== exception.exception_id && sameTicket.has(parsed.block.exception_id)) return;
      const verdict = verifyApproval(collected.exception, parsed.block, approvers, now);
      if ("refused" in verdict) return refuse(verdict.refused.reason, verdict.refused.rule);
      collected.exception = verdict.accepted;
      collected.entries.push(
        approvalFromTicket(
          verdict.accepted,
          `${verdict.approver.id} (${verdict.approver.role})`,
          trail.link,
          block,
          comment.author,
          now,
        ),
      );
      collected.approved.push(verdict.approver.id);
    });
  }
  return collected;
}

/** The ticket's comments, or why they could not be read in full (then no signature of it counts in this run). */
async function commentsOf(system: TicketSystem, trail: TicketTrail): Promise<TicketComment[] | { unread: string }> {
  try {
    return await system.comments(trail.link);
  } catch (error) {
    if (error instanceof TicketTooLargeError) return { unread: error.message.split("\n")[0] ?? error.message };
    throw error;
  }
}

async function syncOne(
  register: DpiaRegister,
  exception: ExceptionRecord,
  trail: TicketTrail,
  approvers: Approver[] | { reason: string },
  options: SyncOptions & { sameTicket: Set<string> },
): Promise<TicketSyncOutcome> {
  const system = options.systemFor(trail.link.system);
  // The status first and alone: an ended or deleted ticket revokes, whatever its comments hold or weigh.
  const state = await system.status(trail.link);
  const now = options.now?.() ?? new Date();
  const outcome: TicketSyncOutcome = {
    exception_id: exception.exception_id,
    key: trail.link.key,
    status: state.status,
    revoked: false,
    approved: [],
    refused: [],
  };
  const entries: NewRecord[] = [];
  const changed = state.status !== trail.status;
  if (state.ended) {
    if (changed) entries.push(ticketStatus(exception, trail.link, state, now));
    entries.push(exceptionRevoked(exception, trail.link, state.status, now));
    outcome.revoked = true;
  } else if (Array.isArray(approvers)) {
    const comments = await commentsOf(system, trail);
    if (Array.isArray(comments)) {
      if (changed) entries.push(ticketStatus(exception, trail.link, state, now));
      const collected = collectApprovals(exception, trail, comments, approvers, now, options.sameTicket);
      entries.push(...collected.entries);
      Object.assign(outcome, { approved: collected.approved, refused: collected.refused });
    } else {
      // Once per status and reason: a sync run or webhook delivery per comment of a flood must not add a record each.
      if (changed || trail.unread !== comments.unread)
        entries.push(ticketStatus(exception, trail.link, state, now, comments.unread));
      outcome.pending = `signatures not collected in this run: ${comments.unread}`;
    }
  } else {
    if (changed) entries.push(ticketStatus(exception, trail.link, state, now));
    outcome.pending = approvers.reason;
  }
  // One append: a sync interrupted halfway records nothing rather than half a ticket.
  if (entries.length > 0) await register.appendAll(entries);
  return outcome;
}

/**
 * Keeps each exception raised through a ticket in step with it: records the ticket's status, revokes
 * the exception when the ticket is rejected or closed, and records each approver's signature posted
 * there once it verifies against the trust root in force (a forged, unsigned or wrong-key one is refused
 * and recorded). The ticket never grants: only verified signatures count. A ticket that cannot be read
 * comes back with `failed` set; the others are synced all the same.
 */
export async function syncTickets(register: DpiaRegister, options: SyncOptions): Promise<TicketSyncOutcome[]> {
  const records = await register.verifiedRecords(["trust-root", ...TICKET_KINDS]);
  const now = options.now?.() ?? new Date();
  const trust = rootInForce(recordedTrustRoots(records), parsePin((options.env ?? process.env).DPIA_TRUST_ROOT), now);
  const approvers = trust.ok ? trust.root.signed.approvers : { reason: trust.reason };
  const trails = ticketTrails(records);
  const outcomes: TicketSyncOutcome[] = [];
  for (const exception of currentExceptions(records)) {
    const trail = trails.get(exception.exception_id);
    if (!trail) continue;
    if (options.only && options.only !== exception.exception_id && options.only !== trail.link.key) continue;
    if (options.system && options.system !== trail.link.system) continue;
    const sameTicket = new Set([...trails].filter(([, other]) => other.link.key === trail.link.key).map(([id]) => id));
    // One ticket that cannot be read must not keep the others (a rejection among them) from being recorded.
    try {
      outcomes.push(await syncOne(register, exception, trail, approvers, { ...options, sameTicket }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const failed = error.message.split("\n")[0] ?? error.message;
      outcomes.push({
        exception_id: exception.exception_id,
        key: trail.link.key,
        status: "?",
        revoked: false,
        approved: [],
        refused: [],
        failed,
      });
    }
  }
  return outcomes;
}

/**
 * The sync a webhook asks for: the ticket its body names, or, when no exception was raised under that
 * key, every ticket of that system. A Jira issue moved to another project is named by its new key,
 * while the register knows it by the key it was opened under (which Jira still resolves to it): a
 * rejection there must not be missed because the key changed.
 */
export async function syncNamedTicket(
  register: DpiaRegister,
  options: Omit<SyncOptions, "only" | "system">,
  system: TicketSystemName,
  key: string,
): Promise<TicketSyncOutcome[]> {
  const named = await syncTickets(register, { ...options, only: key });
  return named.length > 0 ? named : syncTickets(register, { ...options, system });
}
