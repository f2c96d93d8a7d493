import { createPublicKey, type KeyObject } from "node:crypto";

/** An approver's public key as kept in the policy: SPKI DER, base64. */
export function approverPublicKey(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, "base64"), format: "der", type: "spki" });
}

/** The 32-byte encoded point inside an Ed25519 SPKI key, or undefined when it is not one. */
export function ed25519PointOf(base64: string): Buffer | undefined {
  try {
    const key = approverPublicKey(base64);
    if (key.asymmetricKeyType !== "ed25519") return undefined;
    return Buffer.from(key.export({ format: "jwk" }).x as string, "base64url");
  } catch {
    return undefined;
  }
}

// The eight points of small order, as encoded canonically: with any of them as the key, a
// signature can be made that verifies for every message (Node accepts identity + R=identity, S=0).
const SMALL_ORDER_POINTS = new Set([
  "0100000000000000000000000000000000000000000000000000000000000000",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "0000000000000000000000000000000000000000000000000000000000000000",
  "0000000000000000000000000000000000000000000000000000000000000080",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
]);

const FIELD_PRIME = (1n << 255n) - 19n;

/** Why a point is not a safe approver key, or undefined when it is. */
function weakPointReason(point: Buffer): string | undefined {
  const hex = point.toString("hex");
  if (SMALL_ORDER_POINTS.has(hex))
    return "a small-order Ed25519 point, with which signatures can be forged for any message";
  const y = BigInt(`0x${Buffer.from(point).reverse().toString("hex")}`) & ((1n << 255n) - 1n);
  if (y >= FIELD_PRIME) return "a non-canonical Ed25519 encoding (y ≥ 2^255 − 19)";
  // x = 0 only for y = ±1; a set sign bit there is a second, non-canonical spelling of a small-order point.
  const signBit = (point[31]! & 0x80) !== 0;
  if (signBit && (y === 1n || y === FIELD_PRIME - 1n)) return "a non-canonical encoding of a small-order Ed25519 point";
  return undefined;
}

/** Why a policy key cannot be an approver's key, or undefined when it can. */
export function approverKeyProblem(base64: string): string | undefined {
  const point = ed25519PointOf(base64);
  if (!point) return "an Ed25519 public key as printed by dpia keygen";
  const weak = weakPointReason(point);
  return weak ? `a real approver's Ed25519 public key, not ${weak}` : undefined;
}
