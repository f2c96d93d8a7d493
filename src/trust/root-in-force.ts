import { keyFingerprint, rootHash } from "./root-signatures";
import type { TrustPin } from "./pin";
import type { TrustRoot } from "./schema";
import { verifyFoundingRoot, verifyRotation } from "./verify-root";

export type RootInForce =
  | { ok: true; root: TrustRoot; hash: string; pinnedBy: string; pinned: boolean; notes: string[] }
  | { ok: false; reason: string; notes: string[] };

const HOW_TO_PIN =
  "create one with dpia trust init, have the approvers sign it (dpia trust sign) and record it (dpia trust rotate), then set DPIA_TRUST_ROOT to the hash it prints in the pipeline's protected variables";

/**
 * The root in force: the pinned root (or, without DPIA_TRUST_ROOT, the register's first root),
 * followed through every rotation its approvers signed. Roots that do not verify are skipped.
 */
export function rootInForce(recorded: TrustRoot[], pin: TrustPin | undefined, now: Date): RootInForce {
  const notes: string[] = [];
  if (recorded.length === 0) return { ok: false, reason: `no trust root is pinned: ${HOW_TO_PIN}`, notes };
  const startIndex = pin
    ? recorded.findIndex((root) =>
        pin.by === "hash"
          ? rootHash(root.signed) === pin.hash
          : [...new Set(root.signed.approvers.map((a) => keyFingerprint(a.public_key)))].sort().join(",") ===
            pin.fingerprints.join(","),
      )
    : 0;
  if (startIndex < 0) {
    return {
      ok: false,
      reason: `DPIA_TRUST_ROOT pins ${pin!.by === "hash" ? pin!.hash : "founding keys"} but the register holds no such root: record it with dpia trust rotate`,
      notes,
    };
  }
  let current = recorded[startIndex]!;
  const founding = verifyFoundingRoot(current);
  if (!founding.ok) return { ok: false, reason: `the pinned trust root does not verify: ${founding.reason}`, notes };
  for (const next of recorded.slice(startIndex + 1)) {
    if (next.signed.version <= current.signed.version) continue;
    const check = verifyRotation(current, next);
    if (check.ok) current = next;
    else notes.push(`trust root version ${next.signed.version} in the register was not applied: ${check.reason}`);
  }
  const pinnedBy = pin
    ? `DPIA_TRUST_ROOT (${pin.by === "hash" ? pin.hash.slice(0, 19) + "…" : "founding keys"})`
    : "the register's first trust root (set DPIA_TRUST_ROOT to pin it outside the register)";
  if (now.getTime() >= Date.parse(current.signed.expires)) {
    return {
      ok: false,
      reason: `the trust root in force (version ${current.signed.version}) expired at ${current.signed.expires}: its approvers must sign a new version (dpia trust init, sign, rotate)`,
      notes,
    };
  }
  return { ok: true, root: current, hash: rootHash(current.signed), pinnedBy, pinned: !!pin, notes };
}
