import type { Dpia } from "../dpia/schema";
import type { Approver } from "../policy/schema";
import type { ExceptionCheckId } from "./exception-checks";
import type { ExceptionRecord } from "./schema";
import { approverKeyProblem, ed25519PointOf } from "../policy/approver-key";
import { signatureVerifies } from "./signing";

type ExceptionSignature = ExceptionRecord["signatures"][number];

export type ExceptionVerdict =
  { valid: true; approvers: Approver[] } | { valid: false; rule: ExceptionCheckId; message: string; expired?: boolean };

const HOUR = 3_600_000;
/** Approvers' clocks may be a little ahead of or behind the gate's. */
const CLOCK_SKEW = 5 * 60_000;

/** A name as people would read it: case, spacing, accents and compatibility forms do not make another person. */
function personName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function sameKey(a: Approver, b: Approver): boolean {
  const [pa, pb] = [ed25519PointOf(a.public_key), ed25519PointOf(b.public_key)];
  return !!pa && !!pb && pa.equals(pb);
}

function samePerson(a: Approver, b: Approver): boolean {
  return sameKey(a, b) || personName(a.name) === personName(b.name);
}

type Failure = Extract<ExceptionVerdict, { valid: false }>;

const fail = (rule: ExceptionCheckId, message: string, expired = false): Failure => ({
  valid: false,
  rule,
  message,
  ...(expired ? { expired } : {}),
});

/** Who signed, or why it does not count: the signer must be an approver, another person than the earlier signers. */
function approverOf(signature: ExceptionSignature, approvers: Approver[], signers: Approver[]): Approver | Failure {
  if (signers.some((signer) => signer.id === signature.approver_id))
    return fail("EXC-DISTINCT-APPROVERS", `${signature.approver_id} signed twice; two different approvers must sign`);
  const approver = approvers.find((candidate) => candidate.id === signature.approver_id);
  if (!approver)
    return fail("EXC-APPROVER-KNOWN", `${signature.approver_id} is not an approver in the trust root in force`);
  const weakKey = approverKeyProblem(approver.public_key);
  if (weakKey) return fail("EXC-APPROVER-KNOWN", `the key of ${signature.approver_id} is not ${weakKey}`);
  // Two ids are not two people: the same key or the same name under another id is one approver.
  const twin = signers.find((other) => samePerson(other, approver));
  if (twin)
    return fail(
      "EXC-DISTINCT-APPROVERS",
      `${signature.approver_id} and ${twin.id} are the same person (same ${sameKey(twin, approver) ? "key" : "name"}); two different people must sign`,
    );
  return approver;
}

/** Whether the signature is the approver's over this exception, made after the request, before now and the end. */
function signatureProblem(
  exception: ExceptionRecord,
  signature: ExceptionSignature,
  approver: Approver,
  now: Date,
): Failure | undefined {
  if (
    !signatureVerifies(exception, signature.approver_id, signature.signed_at, signature.signature, approver.public_key)
  ) {
    return fail(
      "EXC-SIGNATURE",
      `the signature of ${signature.approver_id} does not verify: the exception was changed after signing, or signed with a key that is not ${signature.approver_id}'s`,
    );
  }
  const signedAt = Date.parse(signature.signed_at);
  if (
    signedAt < Date.parse(exception.requested_at) - CLOCK_SKEW ||
    signedAt > now.getTime() + CLOCK_SKEW ||
    signedAt >= Date.parse(exception.not_after)
  ) {
    return fail(
      "EXC-SIGNED-AT",
      `${signature.approver_id} signed at ${signature.signed_at}, outside the time from the request (${exception.requested_at}) to now and before the window ends (${exception.not_after})`,
    );
  }
  return undefined;
}

/** Whether the exception covers this DPIA now: its subject, a window allowed and open, its configuration. */
function scopeProblem(
  exception: ExceptionRecord,
  dpia: Pick<Dpia, "dpia_id" | "fingerprint" | "subject">,
  now: Date,
  maxHours: number,
): Failure | undefined {
  if (exception.subject_address !== dpia.subject.address || exception.dpia_id !== dpia.dpia_id) {
    return fail(
      "EXC-SUBJECT",
      `the exception is for ${exception.subject_address} (${exception.dpia_id}), not ${dpia.subject.address}`,
    );
  }
  const notBefore = Date.parse(exception.not_before);
  const notAfter = Date.parse(exception.not_after);
  const hours = (notAfter - notBefore) / HOUR;
  if (!(hours > 0) || hours > maxHours)
    return fail(
      "EXC-WINDOW-LENGTH",
      `the window is ${Math.round(hours * 10) / 10} hours; at most ${maxHours} are allowed`,
    );
  if (now.getTime() < notBefore)
    return fail("EXC-WINDOW-OPEN", `the window starts at ${exception.not_before}, in the future`);
  if (now.getTime() >= notAfter)
    return fail(
      "EXC-WINDOW-OPEN",
      `the exception expired at ${exception.not_after}; the integration must be re-evaluated`,
      true,
    );
  if (exception.fingerprint !== dpia.fingerprint) {
    return fail(
      "EXC-FINGERPRINT",
      `the configuration changed since the exception was granted (fingerprint ${exception.fingerprint.slice(0, 19)}… ≠ ${dpia.fingerprint.slice(0, 19)}…)`,
    );
  }
  return undefined;
}

/**
 * Whether an exception lets this DPIA's block through now. Each failure names the check it failed;
 * the checks that prove who approved what come before the ones about time and scope.
 */
export function validateException(
  exception: ExceptionRecord,
  dpia: Pick<Dpia, "dpia_id" | "fingerprint" | "subject">,
  approvers: Approver[],
  now: Date,
  maxHours: number,
): ExceptionVerdict {
  const signers: Approver[] = [];
  for (const signature of exception.signatures) {
    const approver = approverOf(signature, approvers, signers);
    if ("valid" in approver) return approver;
    const problem = signatureProblem(exception, signature, approver, now);
    if (problem) return problem;
    signers.push(approver);
  }
  if (signers.length < 2) return fail("EXC-TWO-APPROVERS", `${signers.length} of the 2 required approvals`);
  if (!signers.some((approver) => approver.role === "DPO"))
    return fail("EXC-DPO", "no data protection officer (role DPO) has signed");
  return scopeProblem(exception, dpia, now, maxHours) ?? { valid: true, approvers: signers };
}
