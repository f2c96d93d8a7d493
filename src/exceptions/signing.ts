import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import { approverPublicKey } from "../policy/approver-key";
import type { ExceptionRecord } from "./schema";

/** What each approver signs: every field but the signatures, plus who signs and when. */
function signedPayload(exception: ExceptionRecord, approverId: string, signedAt: string): Buffer {
  const { signatures: _signatures, ...unsigned } = exception;
  return Buffer.from(canonicalJson({ exception: unsigned, approver_id: approverId, signed_at: signedAt }), "utf8");
}

export interface KeyPair {
  /** PKCS#8 PEM: stays with the approver, never in the repository. */
  privateKeyPem: string;
  /** SPKI DER, base64: goes into the policy's approvers list. */
  publicKey: string;
}

export function generateKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
}

export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: "spki", format: "der" }).toString("base64");
}

export function signException(
  exception: ExceptionRecord,
  approverId: string,
  signedAt: string,
  privateKeyPem: string,
): string {
  return sign(null, signedPayload(exception, approverId, signedAt), createPrivateKey(privateKeyPem)).toString("base64");
}

export function signatureVerifies(
  exception: ExceptionRecord,
  approverId: string,
  signedAt: string,
  signature: string,
  publicKey: string,
): boolean {
  try {
    return verify(
      null,
      signedPayload(exception, approverId, signedAt),
      approverPublicKey(publicKey),
      Buffer.from(signature, "base64"),
    );
  } catch {
    return false;
  }
}
