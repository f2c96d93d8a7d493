import { describe, expect, test } from "vitest";
import { generateKeyPair } from "../../src/exceptions/signing";
import type { Approver } from "../../src/policy/schema";
import { applyPolicy } from "../../src/policy/load-policy";
import { withTrustRoot } from "../../src/trust/apply-root";
import { parsePin } from "../../src/trust/pin";
import { keyFingerprint, rootHash, signRoot } from "../../src/trust/root-signatures";
import { rootInForce } from "../../src/trust/root-in-force";
import type { TrustRoot, TrustRootContent } from "../../src/trust/schema";
import { verifyFoundingRoot, verifyRotation } from "../../src/trust/verify-root";

type Person = Approver & { privateKeyPem: string };
function person(id: string, role: Approver["role"] = "SECURITY_LEAD"): Person {
  const pair = generateKeyPair();
  return { id, name: id, role, public_key: pair.publicKey, privateKeyPem: pair.privateKeyPem };
}
const strip = ({ privateKeyPem: _key, ...approver }: Person): Approver => approver;

function root(
  version: number,
  people: Person[],
  signers: Person[],
  options: Partial<TrustRootContent> = {},
): TrustRoot {
  const signed: TrustRootContent = {
    type: "dpia-trust-root",
    version,
    expires: "2099-01-01T00:00:00Z",
    threshold: 2,
    approvers: people.map(strip),
    ...options,
  };
  return { signed, signatures: signers.map((signer) => signRoot(signed, strip(signer), signer.privateKeyPem)) };
}

const now = new Date("2030-01-01T00:00:00Z");
const anna = person("dpo.anna", "DPO");
const ben = person("sec.ben");
const cara = person("ciso.cara", "CISO");
const eve = person("eve", "DPO");
const mallory = person("mallory");

describe("trust root: k-of-n signatures, rotation by the previous root, pinned outside the repository", () => {
  test("a founding root needs the threshold of its own approvers", () => {
    expect(verifyFoundingRoot(root(1, [anna, ben], [anna, ben]))).toEqual({ ok: true });
    expect(verifyFoundingRoot(root(1, [anna, ben], [anna]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("1 valid signature(s) of its approvers; 2 are required"),
    });
    expect(verifyFoundingRoot(root(1, [anna, ben], [anna, anna]))).toMatchObject({ ok: false });
    expect(verifyFoundingRoot(root(1, [anna, ben, cara], [anna, ben], { threshold: 3 }))).toMatchObject({ ok: false });
  });

  test("one key listed under two ids, or a root without a DPO, is refused", () => {
    const twin = { ...ben, id: "sec.ben2" };
    expect(verifyFoundingRoot(root(1, [anna, ben, twin], [anna, ben, twin], { threshold: 3 }))).toMatchObject({
      ok: false,
      reason: "one key is listed for two approvers",
    });
    expect(verifyFoundingRoot(root(1, [ben, cara], [ben, cara]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("no approver has the role DPO"),
    });
  });

  test("a signature over another root's content does not count", () => {
    const genuine = root(1, [anna, ben], [anna, ben]);
    const tampered: TrustRoot = { ...genuine, signed: { ...genuine.signed, approvers: [strip(anna), strip(eve)] } };
    expect(verifyFoundingRoot(tampered)).toMatchObject({ ok: false });
  });

  test("rotation needs the previous root's threshold: the new approvers alone cannot rotate", () => {
    const v1 = root(1, [anna, ben], [anna, ben]);
    expect(verifyRotation(v1, root(2, [anna, cara], [anna, ben, cara]))).toEqual({ ok: true });
    expect(verifyRotation(v1, root(2, [eve, mallory], [eve, mallory]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("0 valid signature(s) of the approvers of version 1"),
    });
    expect(verifyRotation(v1, root(2, [anna, eve], [anna, eve]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("1 valid signature(s) of the approvers of version 1"),
    });
    expect(verifyRotation(v1, root(3, [anna, ben], [anna, ben]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("cannot follow version 1"),
    });
    expect(verifyRotation(v1, root(2, [anna, cara], [anna, ben]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("of its approvers"),
    });
  });

  test("the root in force follows valid rotations and skips a forged one", () => {
    const v1 = root(1, [anna, ben], [anna, ben]);
    const forged = root(2, [eve, mallory], [eve, mallory]);
    const v2 = root(2, [anna, cara], [anna, ben, cara]);
    const withForgery = rootInForce([v1, forged], undefined, now);
    expect(withForgery).toMatchObject({ ok: true, root: v1 });
    expect(withForgery.notes.join()).toContain("version 2 in the register was not applied");
    expect(rootInForce([v1, forged, v2], undefined, now)).toMatchObject({ ok: true, root: v2 });
  });

  test("DPIA_TRUST_ROOT pins by hash or founding keys; a register with another founding root is not trusted", () => {
    const v1 = root(1, [anna, ben], [anna, ben]);
    const own = root(1, [eve, mallory, anna], [eve, mallory], { approvers: [strip(eve), strip(mallory)] });
    expect(rootInForce([own, v1], parsePin(rootHash(v1.signed)), now)).toMatchObject({ ok: true, root: v1 });
    expect(rootInForce([own], parsePin(rootHash(v1.signed)), now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("holds no such root"),
    });
    const byKeys = parsePin(`keys:${[anna, ben].map((p) => keyFingerprint(p.public_key)).join(",")}`);
    expect(rootInForce([own, v1], byKeys, now)).toMatchObject({ ok: true, root: v1 });
    expect(() => parsePin("sha256:abc")).toThrow(/DPIA_TRUST_ROOT/);
    expect(() => parsePin("true")).toThrow(/DPIA_TRUST_ROOT/);
    // Set but blank (a protected variable the job cannot see) is never "no pin".
    for (const blank of ["", "  ", "\t\n"]) expect(() => parsePin(blank)).toThrow(/DPIA_TRUST_ROOT: .*set and blank/);
    expect(parsePin(undefined)).toBeUndefined();
  });

  test("an expired root in force grants nothing, and no root at all says how to pin one", () => {
    expect(
      rootInForce([root(1, [anna, ben], [anna, ben], { expires: "2029-12-31T23:59:59Z" })], undefined, now),
    ).toMatchObject({ ok: false, reason: expect.stringContaining("expired at 2029-12-31T23:59:59Z") });
    expect(rootInForce([], undefined, now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("DPIA_TRUST_ROOT"),
    });
  });

  test("approvers come from the root only, and its floors make a lenient policy stricter, never the reverse", () => {
    const lenient = applyPolicy({
      version: 1,
      thresholds: { block_at: "Critical", warn_at: "Critical" },
      approvers: [strip(eve), strip(mallory)],
    });
    const v1 = root(1, [anna, ben], [anna, ben], { policy_floors: { block_at: "High", max_exception_hours: 8 } });
    const trusted = withTrustRoot(lenient, v1);
    expect(trusted.approvers.map((approver) => approver.id)).toEqual(["dpo.anna", "sec.ben"]);
    expect(trusted.thresholds.block_at).toBe("High");
    expect(trusted.thresholds.warn_at).toBe("Critical");
    expect(trusted.maxExceptionHours).toBe(8);
    const strict = applyPolicy({ version: 1, thresholds: { block_at: "Medium" } });
    expect(withTrustRoot(strict, v1).thresholds.block_at).toBe("Medium");
    expect(withTrustRoot(lenient, undefined).approvers).toEqual([]);
  });
});
