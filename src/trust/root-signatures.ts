import { createHash, createPrivateKey, sign, verify } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import { approverPublicKey } from "../policy/approver-key";
import type { Approver } from "../policy/schema";
import type { TrustRoot, TrustRootContent } from "./schema";

/** The root's identity: SHA-256 over the canonical signed content, which is what a pin names. */
export const rootHash = (content: TrustRootContent) =>
  `sha256:${createHash("sha256").update(canonicalJson(content)).digest("hex")}`;

/** A key's fingerprint: SHA-256 of its SPKI DER, the form `dpia keygen` prints. */
export const keyFingerprint = (publicKey: string) =>
  createHash("sha256").update(Buffer.from(publicKey, "base64")).digest("hex");

const payload = (content: TrustRootContent) => Buffer.from(canonicalJson(content), "utf8");

export function signRoot(
  content: TrustRootContent,
  approver: Approver,
  privateKeyPem: string,
): TrustRoot["signatures"][number] {
  return {
    approver_id: approver.id,
    key_id: keyFingerprint(approver.public_key),
    signature: sign(null, payload(content), createPrivateKey(privateKeyPem)).toString("base64"),
  };
}

/**
 * The approvers of `keys` whose valid signature the root carries, each counted once however many
 * times it signed, and a key listed under two ids counted once too.
 */
export function validSigners(root: TrustRoot, keys: Approver[]): Approver[] {
  const signers = new Map<string, Approver>();
  for (const signature of root.signatures) {
    const approver = keys.find(
      (candidate) =>
        candidate.id === signature.approver_id && keyFingerprint(candidate.public_key) === signature.key_id,
    );
    if (!approver || signers.has(signature.key_id)) continue;
    let ok = false;
    try {
      ok = verify(
        null,
        payload(root.signed),
        approverPublicKey(approver.public_key),
        Buffer.from(signature.signature, "base64"),
      );
    } catch {
      ok = false;
    }
    if (ok) signers.set(signature.key_id, approver);
  }
  return [...signers.values()];
}
