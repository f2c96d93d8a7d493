import { describe, expect, test } from "vitest";
import { generateKeyPair } from "../../src/exceptions/signing";
import { keyFingerprint, signRoot } from "../../src/trust/root-signatures";
import type { TrustRoot, TrustRootContent } from "../../src/trust/schema";
import { verifyFoundingRoot, verifyRotation } from "../../src/trust/verify-root";

// Found by the trust-roots fuzz kind: a root listing small-order keys came into force, and the next
// rotation, "signed" by those keys with a signature that verifies for any message, handed authority over.
const SMALL_ORDER = ["01".padEnd(64, "0"), `ec${"f".repeat(60)}7f`];
const weakKey = (point: string) => Buffer.from(`302a300506032b6570032100${point}`, "hex").toString("base64");
const FORGED = Buffer.concat([Buffer.from(SMALL_ORDER[0]!, "hex"), Buffer.alloc(32)]).toString("base64");

const people = ["dpo.anna", "sec.ben"].map(
  (id, i) => ({ id, name: id, role: i === 0 ? "DPO" : "SECURITY_LEAD", keys: generateKeyPair() }) as const,
);
const approver = (p: (typeof people)[number]) => ({
  id: p.id,
  name: p.name,
  role: p.role,
  public_key: p.keys.publicKey,
});
const content = (version: number, approvers: TrustRootContent["approvers"]): TrustRootContent => ({
  type: "dpia-trust-root",
  version,
  expires: "2099-01-01T00:00:00Z",
  threshold: 2,
  approvers,
});
const signed = (c: TrustRootContent): TrustRoot => ({
  signed: c,
  signatures: people.map((p) => signRoot(c, approver(p), p.keys.privateKeyPem)),
});

describe("a trust root's approvers hold real keys, each person once", () => {
  const v1 = signed(content(1, people.map(approver)));
  const weak = SMALL_ORDER.map((point, i) => ({
    id: `weak.${i}`,
    name: `Weak ${i}`,
    role: "CISO" as const,
    public_key: weakKey(point),
  }));

  test("the honest root verifies", () => {
    expect(verifyFoundingRoot(v1)).toEqual({ ok: true });
  });

  test("a rotation to a root listing small-order keys is refused, though the approvers signed it", () => {
    const v2 = signed(content(2, [...people.map(approver), ...weak]));
    const check = verifyRotation(v1, v2);
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ reason: expect.stringContaining("small-order") });
  });

  test("a founding root whose threshold is met by forged small-order signatures is refused", () => {
    const c = content(1, [approver(people[0]!), ...weak]);
    const root: TrustRoot = {
      signed: c,
      signatures: weak.map((w) => ({ approver_id: w.id, key_id: keyFingerprint(w.public_key), signature: FORGED })),
    };
    expect(verifyFoundingRoot(root).ok).toBe(false);
  });

  test("one key spelt twice (another base64 spelling) under two ids is one approver", () => {
    const twin = {
      ...approver(people[0]!),
      id: "dpo.twin",
      name: "Twin",
      public_key: `${people[0]!.keys.publicKey}\n`,
    };
    const check = verifyFoundingRoot(signed(content(1, [...people.map(approver), twin])));
    expect(check).toEqual({ ok: false, reason: "one key is listed for two approvers" });
  });
});
