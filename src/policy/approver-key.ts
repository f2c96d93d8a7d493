import { createPublicKey, type KeyObject } from "node:crypto";

/** An approver's public key as kept in the policy: SPKI DER, base64. */
export function approverPublicKey(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, "base64"), format: "der", type: "spki" });
}

export function isEd25519PublicKey(base64: string): boolean {
  try {
    return approverPublicKey(base64).asymmetricKeyType === "ed25519";
  } catch {
    return false;
  }
}
