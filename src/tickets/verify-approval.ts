import type { ExceptionRecord } from "../exceptions/schema";
import { validateException } from "../exceptions/validate-exception";
import type { Approver } from "../policy/schema";
import type { ApprovalBlock } from "./approval-block";

/** The checks that prove who signed what; the others (two approvers, a DPO, the window) are the gate's at use. */
const PROOF_RULES = new Set(["EXC-DISTINCT-APPROVERS", "EXC-APPROVER-KNOWN", "EXC-SIGNATURE", "EXC-SIGNED-AT"]);

export type ApprovalVerdict =
  { accepted: ExceptionRecord; approver: Approver } | { refused: { rule: string; reason: string } };

/**
 * Whether a signature posted in a ticket is an approver's of the trust root in force, over this exception
 * as recorded, made after the request and before now: the same checks the gate makes, so that a signature
 * recorded from a ticket can never make a valid exception fail, nor a forged one count.
 */
export function verifyApproval(
  exception: ExceptionRecord,
  block: ApprovalBlock,
  approvers: Approver[],
  now: Date,
): ApprovalVerdict {
  if (block.exception_id !== exception.exception_id)
    return {
      refused: { rule: "EXC-SUBJECT", reason: `the block signs ${block.exception_id}, not ${exception.exception_id}` },
    };
  const signature = { approver_id: block.approver_id, signed_at: block.signed_at, signature: block.signature };
  const signed: ExceptionRecord = { ...exception, signatures: [...exception.signatures, signature] };
  const scope = {
    dpia_id: exception.dpia_id,
    fingerprint: exception.fingerprint,
    subject: { address: exception.subject_address },
  };
  const verdict = validateException(signed, scope as Parameters<typeof validateException>[1], approvers, now, Infinity);
  if (!verdict.valid && PROOF_RULES.has(verdict.rule))
    return { refused: { rule: verdict.rule, reason: verdict.message } };
  const approver = approvers.find((candidate) => candidate.id === block.approver_id)!;
  return { accepted: signed, approver };
}
