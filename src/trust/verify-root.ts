import { approverKeyProblem, ed25519PointOf } from "../policy/approver-key";
import { validSigners } from "./root-signatures";
import type { TrustRoot } from "./schema";

export type RootCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks what a schema cannot: real keys, distinct ids and keys, a threshold that can be met. A
 * small-order key verifies a forged signature over any root, so one such approver would let anyone
 * sign the next rotation; keys are compared by their point, so a key spelt twice is one approver.
 */
function checkRootContent(root: TrustRoot): RootCheck {
  const { approvers, threshold } = root.signed;
  for (const approver of approvers) {
    const problem = approverKeyProblem(approver.public_key);
    if (problem) return { ok: false, reason: `the key of ${approver.id} is not ${problem}` };
  }
  const ids = new Set(approvers.map((approver) => approver.id));
  const keys = new Set(approvers.map((approver) => ed25519PointOf(approver.public_key)!.toString("hex")));
  if (ids.size !== approvers.length) return { ok: false, reason: "an approver id is listed twice" };
  if (keys.size !== approvers.length) return { ok: false, reason: "one key is listed for two approvers" };
  if (threshold > approvers.length)
    return { ok: false, reason: `a threshold of ${threshold} with ${approvers.length} approvers can never be met` };
  if (!approvers.some((approver) => approver.role === "DPO"))
    return { ok: false, reason: "no approver has the role DPO, so no exception could ever be approved" };
  return { ok: true };
}

/** A first root: signed by the threshold of its own approvers. */
export function verifyFoundingRoot(root: TrustRoot): RootCheck {
  const content = checkRootContent(root);
  if (!content.ok) return content;
  const signers = validSigners(root, root.signed.approvers);
  if (signers.length < root.signed.threshold)
    return {
      ok: false,
      reason: `version ${root.signed.version} has ${signers.length} valid signature(s) of its approvers; ${root.signed.threshold} are required`,
    };
  return { ok: true };
}

/** A rotation: the next version, signed by the threshold of the previous root and of itself. */
export function verifyRotation(previous: TrustRoot, next: TrustRoot): RootCheck {
  if (next.signed.version !== previous.signed.version + 1)
    return {
      ok: false,
      reason: `version ${next.signed.version} cannot follow version ${previous.signed.version}; the next root is version ${previous.signed.version + 1}`,
    };
  const own = verifyFoundingRoot(next);
  if (!own.ok) return own;
  const byPrevious = validSigners(next, previous.signed.approvers);
  if (byPrevious.length < previous.signed.threshold) {
    return {
      ok: false,
      reason: `version ${next.signed.version} has ${byPrevious.length} valid signature(s) of the approvers of version ${previous.signed.version}; ${previous.signed.threshold} are required to rotate`,
    };
  }
  return { ok: true };
}
