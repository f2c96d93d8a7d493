import type { Dpia } from "../dpia/schema";
import type { Approver } from "../policy/schema";
import type { ExceptionCheckId } from "./exception-checks";
import type { ExceptionRecord } from "./schema";
import { validateException } from "./validate-exception";

/** One use of an exception, recorded in the register: applied, rejected with the check it failed, or expired. */
export interface ExceptionUse {
  at: string;
  event: "applied" | "rejected" | "expired";
  exception_id: string;
  dpia_id: string;
  fingerprint: string;
  rule?: ExceptionCheckId;
  detail: string;
}

export interface ExceptionOutcome {
  dpias: Dpia[];
  uses: ExceptionUse[];
}

interface AppliedException {
  exception: ExceptionRecord;
  approvers: Approver[];
}

/**
 * Lets a blocked DPIA through only on a valid exception, and records in the DPIA (and the uses
 * returned for the register) every exception considered: the one applied, and why others were not.
 */
export function applyExceptions(
  dpias: Dpia[],
  exceptions: ExceptionRecord[],
  approvers: Approver[],
  now: Date,
  maxHours: number,
): ExceptionOutcome {
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const uses: ExceptionUse[] = [];
  const updated = dpias.map((dpia) => {
    if (dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT") return dpia;
    const candidates = exceptions.filter(
      (exception) => exception.dpia_id === dpia.dpia_id || exception.subject_address === dpia.subject.address,
    );
    const { applied, notes, refused } = weighExceptions(dpia, candidates, { approvers, now, maxHours, at });
    uses.push(...refused);
    if (!applied) return notes.length > 0 ? { ...dpia, exception_notes: notes } : dpia;
    uses.push({
      at,
      event: "applied",
      exception_id: applied.exception.exception_id,
      dpia_id: dpia.dpia_id,
      fingerprint: dpia.fingerprint,
      detail: `approved until ${applied.exception.not_after}`,
    });
    return approvedByException(dpia, applied, notes);
  });
  return { dpias: updated, uses };
}

/**
 * Validates each exception that names this DPIA: the valid one that lasts longest applies; each of
 * the others is a note in the DPIA and a rejected (or expired) use.
 */
function weighExceptions(
  dpia: Dpia,
  candidates: ExceptionRecord[],
  context: { approvers: Approver[]; now: Date; maxHours: number; at: string },
): { applied?: AppliedException; notes: string[]; refused: ExceptionUse[] } {
  const notes: string[] = [];
  const refused: ExceptionUse[] = [];
  let applied: AppliedException | undefined;
  for (const exception of candidates) {
    const verdict = validateException(exception, dpia, context.approvers, context.now, context.maxHours);
    if (verdict.valid) {
      if (!applied || Date.parse(exception.not_after) > Date.parse(applied.exception.not_after))
        applied = { exception, approvers: verdict.approvers };
      continue;
    }
    notes.push(`${exception.exception_id}: ${verdict.rule}: ${verdict.message}`);
    refused.push({
      at: context.at,
      event: verdict.expired ? "expired" : "rejected",
      exception_id: exception.exception_id,
      dpia_id: dpia.dpia_id,
      fingerprint: dpia.fingerprint,
      rule: verdict.rule,
      detail: verdict.message,
    });
  }
  return { ...(applied ? { applied } : {}), notes, refused };
}

/** The DPIA approved for deployment by the exception, which it names with its approvers and window. */
function approvedByException(dpia: Dpia, applied: AppliedException, notes: string[]): Dpia {
  const { exception } = applied;
  // The blocking findings stay, as what the exception lifts; the way past the block has been taken.
  const { unblock: _taken, ...decision } = dpia.decision;
  return {
    ...dpia,
    compliance_status: "APPROVED_FOR_DEPLOYMENT" as const,
    exception: {
      exception_id: exception.exception_id,
      reason: exception.reason,
      ticket: exception.ticket,
      requester: exception.requester,
      approvers: applied.approvers.map((approver) => ({
        id: approver.id,
        name: approver.name,
        role: approver.role,
        signed_at: exception.signatures.find((signature) => signature.approver_id === approver.id)!.signed_at,
      })),
      not_before: exception.not_before,
      expires_at: exception.not_after,
      ...(exception.renews ? { renews: exception.renews } : {}),
    },
    ...(notes.length > 0 ? { exception_notes: notes } : {}),
    decision: {
      ...decision,
      reason: `${dpia.decision.reason.replace(/; deployment needs a valid exception\.$/, ".")} Approved for deployment by exception ${exception.exception_id} until ${exception.not_after}; the block returns when it expires.`,
    },
  };
}
