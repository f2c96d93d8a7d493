import type { Dpia } from "../dpia/schema";
import type { Approver } from "../policy/schema";
import type { ExceptionRecord } from "./schema";
import { signatureVerifies } from "./signing";

export type ExceptionVerdict =
  | { valid: true; approvers: Approver[] }
  | { valid: false; rule: string; message: string; expired?: boolean };

const HOUR = 3_600_000;

/**
 * Whether an exception lets this DPIA's block through now. Each failure names the rule it broke;
 * the checks that prove who approved what come before the ones about time and scope.
 */
export function validateException(
  exception: ExceptionRecord,
  dpia: Pick<Dpia, "dpia_id" | "fingerprint" | "subject">,
  approvers: Approver[],
  now: Date,
  maxHours: number,
): ExceptionVerdict {
  const fail = (rule: string, message: string, expired = false): ExceptionVerdict => ({ valid: false, rule, message, ...(expired ? { expired } : {}) });
  const seen = new Set<string>();
  const signers: Approver[] = [];
  for (const signature of exception.signatures) {
    if (seen.has(signature.approver_id)) return fail("EXC-DISTINCT-APPROVERS", `${signature.approver_id} signed twice; two different approvers must sign`);
    seen.add(signature.approver_id);
    const approver = approvers.find((candidate) => candidate.id === signature.approver_id);
    if (!approver) return fail("EXC-APPROVER-KNOWN", `${signature.approver_id} is not an approver in the trust root in force`);
    if (!signatureVerifies(exception, signature.approver_id, signature.signed_at, signature.signature, approver.public_key)) {
      return fail("EXC-SIGNATURE", `the signature of ${signature.approver_id} does not verify: the exception was changed after signing, or signed with a key that is not ${signature.approver_id}'s`);
    }
    signers.push(approver);
  }
  if (signers.length < 2) return fail("EXC-TWO-APPROVERS", `${signers.length} of the 2 required approvals`);
  if (!signers.some((approver) => approver.role === "DPO")) return fail("EXC-DPO", "no data protection officer (role DPO) has signed");
  if (exception.subject_address !== dpia.subject.address || exception.dpia_id !== dpia.dpia_id) {
    return fail("EXC-SUBJECT", `the exception is for ${exception.subject_address} (${exception.dpia_id}), not ${dpia.subject.address}`);
  }
  const notBefore = Date.parse(exception.not_before);
  const notAfter = Date.parse(exception.not_after);
  const hours = (notAfter - notBefore) / HOUR;
  if (!(hours > 0) || hours > maxHours) return fail("EXC-WINDOW-LENGTH", `the window is ${Math.round(hours * 10) / 10} hours; at most ${maxHours} are allowed`);
  if (now.getTime() < notBefore) return fail("EXC-WINDOW-OPEN", `the window starts at ${exception.not_before}, in the future`);
  if (now.getTime() >= notAfter) return fail("EXC-WINDOW-OPEN", `the exception expired at ${exception.not_after}; the integration must be re-evaluated`, true);
  if (exception.fingerprint !== dpia.fingerprint) {
    return fail("EXC-FINGERPRINT", `the configuration changed since the exception was granted (fingerprint ${exception.fingerprint.slice(0, 19)}… ≠ ${dpia.fingerprint.slice(0, 19)}…)`);
  }
  return { valid: true, approvers: signers };
}
