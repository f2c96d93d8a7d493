import { describe, expect, test } from "vitest";
import { applyExceptions } from "../../src/exceptions/apply-exceptions";
import { createException } from "../../src/exceptions/create-exception";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { generateKeyPair, signException } from "../../src/exceptions/signing";
import { validateException } from "../../src/exceptions/validate-exception";
import type { Dpia } from "../../src/dpia/schema";
import type { Approver } from "../../src/policy/schema";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

const CARD_CONTRACT = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" }, cvv: { type: "string" } } });
const blockedConfig = (timeout = 10) => terraformJson(webServiceAction({ contract_input: CARD_CONTRACT, config_timeout_seconds: timeout }));
const blockedDpia = (timeout = 10): Dpia => assess(blockedConfig(timeout)).dpias[0]!;

const keys = { dpo: generateKeyPair(), security: generateKeyPair(), intruder: generateKeyPair() };
const APPROVERS: Approver[] = [
  { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey },
  { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey },
];
const T0 = new Date("2026-03-01T08:00:00Z");
const hoursAfter = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

function request(dpia: Dpia, hours = 48, start = T0, renews?: string): ExceptionRecord {
  return createException({ dpia, requester: "platform.oncall", reason: "Card payments go live for the Black Friday campaign before the PSP tokenisation is ready", ticket: "CHG-4711", notBefore: start, hours, maxHours: 72, requestedAt: start < T0 ? start : T0, renews });
}

function sign(exception: ExceptionRecord, approverId: string, privateKeyPem: string, at = T0): ExceptionRecord {
  const signedAt = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  return { ...exception, signatures: [...exception.signatures, { approver_id: approverId, signed_at: signedAt, signature: signException(exception, approverId, signedAt, privateKeyPem) }] };
}

const approved = (exception: ExceptionRecord) => sign(sign(exception, "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.security.privateKeyPem);
const decide = (dpia: Dpia, exceptions: ExceptionRecord[], now: Date) => applyExceptions([dpia], exceptions, APPROVERS, now, 72);

describe("the exception cycle", () => {
  test("blocked → request → two approvals → approved and recorded → change voids it → expiry blocks → renewal", () => {
    const dpia = blockedDpia();
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");

    const requested = request(dpia);
    expect(decide(dpia, [requested], hoursAfter(1)).dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    const halfSigned = sign(requested, "dpo.anna", keys.dpo.privateKeyPem);
    expect(decide(dpia, [halfSigned], hoursAfter(1)).dpias[0]!.exception_notes![0]).toContain("EXC-TWO-APPROVERS");

    const signed = approved(requested);
    const { dpias, uses } = decide(dpia, [signed], hoursAfter(1));
    expect(dpias[0]!.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpias[0]!.exception).toMatchObject({
      exception_id: signed.exception_id,
      reason: signed.reason,
      ticket: "CHG-4711",
      expires_at: "2026-03-03T08:00:00Z",
      approvers: [expect.objectContaining({ id: "dpo.anna", role: "DPO" }), expect.objectContaining({ id: "sec.ben", role: "SECURITY_LEAD" })],
    });
    expect(dpias[0]!.decision.reason).toContain(`by exception ${signed.exception_id} until 2026-03-03T08:00:00Z`);
    expect(uses).toEqual([expect.objectContaining({ event: "applied", exception_id: signed.exception_id, dpia_id: dpia.dpia_id })]);

    const changed = blockedDpia(20);
    const voided = decide(changed, [signed], hoursAfter(1));
    expect(voided.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(voided.dpias[0]!.exception_notes![0]).toContain("EXC-FINGERPRINT");

    const expired = decide(dpia, [signed], hoursAfter(48));
    expect(expired.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(expired.dpias[0]!.exception_notes![0]).toContain("expired at 2026-03-03T08:00:00Z; the integration must be re-evaluated");
    expect(expired.uses[0]!.event).toBe("expired");

    const renewal = approved(request(dpia, 24, hoursAfter(47), signed.exception_id));
    const renewed = decide(dpia, [signed, renewal], hoursAfter(50));
    expect(renewed.dpias[0]!.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(renewed.dpias[0]!.exception).toMatchObject({ exception_id: renewal.exception_id, renews: signed.exception_id });
  });
});

describe("bad exceptions are rejected naming the rule; the block stands", () => {
  const dpia = blockedDpia();
  const verdict = (exception: ExceptionRecord, now = hoursAfter(1), target: Dpia = dpia) => validateException(exception, target, APPROVERS, now, 72);

  test("a field changed after signing", () => {
    const tampered = { ...approved(request(dpia)), not_after: "2026-03-09T08:00:00Z" };
    expect(verdict(tampered)).toMatchObject({ valid: false, rule: "EXC-SIGNATURE" });
  });
  test("the same approver twice", () => {
    const twice = sign(sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem), "dpo.anna", keys.dpo.privateKeyPem);
    expect(verdict(twice)).toMatchObject({ valid: false, rule: "EXC-DISTINCT-APPROVERS" });
  });
  test("an approver not in the policy", () => {
    const stranger = sign(sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem), "eve", keys.intruder.privateKeyPem);
    expect(verdict(stranger)).toMatchObject({ valid: false, rule: "EXC-APPROVER-KNOWN" });
  });
  test("a key that does not match the approver", () => {
    const forged = sign(sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.intruder.privateKeyPem);
    expect(verdict(forged)).toMatchObject({ valid: false, rule: "EXC-SIGNATURE" });
  });
  test("no DPO signature", () => {
    const noDpo = sign(sign(request(dpia), "sec.ben", keys.security.privateKeyPem), "ciso", keys.intruder.privateKeyPem);
    const approvers: Approver[] = [...APPROVERS, { id: "ciso", name: "C", role: "CISO", public_key: keys.intruder.publicKey }];
    expect(validateException(noDpo, dpia, approvers, hoursAfter(1), 72)).toMatchObject({ valid: false, rule: "EXC-DPO" });
  });
  test("a window over 72 hours", () => {
    const long = approved({ ...request(dpia), not_after: hoursAfter(73).toISOString() });
    expect(verdict(long)).toMatchObject({ valid: false, rule: "EXC-WINDOW-LENGTH" });
    expect(() => request(dpia, 96)).toThrow(/EXC-WINDOW-LENGTH/);
  });
  test("a stricter policy window", () => {
    expect(validateException(approved(request(dpia, 48)), dpia, APPROVERS, hoursAfter(1), 24)).toMatchObject({ valid: false, rule: "EXC-WINDOW-LENGTH" });
  });
  test("a window that starts in the future, or has ended", () => {
    expect(verdict(approved(request(dpia, 24, hoursAfter(5))))).toMatchObject({ valid: false, rule: "EXC-WINDOW-OPEN" });
    expect(verdict(approved(request(dpia, 24)), hoursAfter(30))).toMatchObject({ valid: false, rule: "EXC-WINDOW-OPEN", expired: true });
  });
  test("a fingerprint of another configuration", () => {
    expect(verdict(approved(request(dpia)), hoursAfter(1), blockedDpia(30))).toMatchObject({ valid: false, rule: "EXC-FINGERPRINT" });
  });
  test("an exception copied to another integration", () => {
    const other = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT }, { config: { name: "Other PSP" } }))).dpias[0]!;
    const elsewhere = { ...other, subject: { ...other.subject, address: "genesyscloud_integration.other" }, dpia_id: "INT-other-000000" };
    expect(verdict(approved(request(dpia)), hoursAfter(1), elsewhere)).toMatchObject({ valid: false, rule: "EXC-SUBJECT" });
  });
  test("a reason too short to mean anything is refused at request time", () => {
    expect(() => createException({ dpia, requester: "x", reason: "urgent", ticket: "T-1", notBefore: T0, hours: 4, maxHours: 72, requestedAt: T0 })).toThrow(/--reason/);
  });
});
