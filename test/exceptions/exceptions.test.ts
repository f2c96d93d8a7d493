import { describe, expect, test } from "vitest";
import { applyExceptions } from "../../src/exceptions/apply-exceptions";
import { createException } from "../../src/exceptions/create-exception";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { generateKeyPair, signException } from "../../src/exceptions/signing";
import { validateException } from "../../src/exceptions/validate-exception";
import type { Dpia } from "../../src/dpia/schema";
import type { Approver } from "../../src/policy/schema";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

const CARD_CONTRACT = JSON.stringify({
  type: "object",
  properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
});
const blockedConfig = (timeout = 10) =>
  terraformJson(webServiceAction({ contract_input: CARD_CONTRACT, config_timeout_seconds: timeout }));
const blockedDpia = (timeout = 10): Dpia => assess(blockedConfig(timeout)).dpias[0]!;

const keys = { dpo: generateKeyPair(), security: generateKeyPair(), intruder: generateKeyPair() };
const APPROVERS: Approver[] = [
  { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey },
  { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey },
];
const T0 = new Date("2026-03-01T08:00:00Z");
const hoursAfter = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

function request(dpia: Dpia, hours = 48, start = T0, renews?: string): ExceptionRecord {
  return createException({
    dpia,
    requester: "platform.oncall",
    reason: "Card payments go live for the Black Friday campaign before the PSP tokenisation is ready",
    ticket: "CHG-4711",
    notBefore: start,
    hours,
    maxHours: 72,
    requestedAt: start < T0 ? start : T0,
    renews,
  });
}

function sign(exception: ExceptionRecord, approverId: string, privateKeyPem: string, at = T0): ExceptionRecord {
  const signedAt = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    ...exception,
    signatures: [
      ...exception.signatures,
      {
        approver_id: approverId,
        signed_at: signedAt,
        signature: signException(exception, approverId, signedAt, privateKeyPem),
      },
    ],
  };
}

const approved = (exception: ExceptionRecord) =>
  sign(sign(exception, "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.security.privateKeyPem);
const decide = (dpia: Dpia, exceptions: ExceptionRecord[], now: Date) =>
  applyExceptions([dpia], exceptions, APPROVERS, now, 72);

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
      approvers: [
        expect.objectContaining({ id: "dpo.anna", role: "DPO" }),
        expect.objectContaining({ id: "sec.ben", role: "SECURITY_LEAD" }),
      ],
    });
    expect(dpias[0]!.decision.reason).toContain(`by exception ${signed.exception_id} until 2026-03-03T08:00:00Z`);
    expect(uses).toEqual([
      expect.objectContaining({ event: "applied", exception_id: signed.exception_id, dpia_id: dpia.dpia_id }),
    ]);

    const changed = blockedDpia(20);
    const voided = decide(changed, [signed], hoursAfter(1));
    expect(voided.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(voided.dpias[0]!.exception_notes![0]).toContain("EXC-FINGERPRINT");

    const expired = decide(dpia, [signed], hoursAfter(48));
    expect(expired.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(expired.dpias[0]!.exception_notes![0]).toContain(
      "expired at 2026-03-03T08:00:00Z; the integration must be re-evaluated",
    );
    expect(expired.uses[0]!.event).toBe("expired");

    const renewal = approved(request(dpia, 24, hoursAfter(47), signed.exception_id));
    const renewed = decide(dpia, [signed, renewal], hoursAfter(50));
    expect(renewed.dpias[0]!.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(renewed.dpias[0]!.exception).toMatchObject({
      exception_id: renewal.exception_id,
      renews: signed.exception_id,
    });
  });
});

describe("bad exceptions are rejected naming the rule; the block stands", () => {
  const dpia = blockedDpia();
  const verdict = (exception: ExceptionRecord, now = hoursAfter(1), target: Dpia = dpia) =>
    validateException(exception, target, APPROVERS, now, 72);

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
    const forged = sign(
      sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem),
      "sec.ben",
      keys.intruder.privateKeyPem,
    );
    expect(verdict(forged)).toMatchObject({ valid: false, rule: "EXC-SIGNATURE" });
  });
  test("no DPO signature", () => {
    const noDpo = sign(
      sign(request(dpia), "sec.ben", keys.security.privateKeyPem),
      "ciso",
      keys.intruder.privateKeyPem,
    );
    const approvers: Approver[] = [
      ...APPROVERS,
      { id: "ciso", name: "C", role: "CISO", public_key: keys.intruder.publicKey },
    ];
    expect(validateException(noDpo, dpia, approvers, hoursAfter(1), 72)).toMatchObject({
      valid: false,
      rule: "EXC-DPO",
    });
  });
  test("a window over 72 hours", () => {
    const long = approved({ ...request(dpia), not_after: hoursAfter(73).toISOString() });
    expect(verdict(long)).toMatchObject({ valid: false, rule: "EXC-WINDOW-LENGTH" });
    expect(() => request(dpia, 96)).toThrow(/EXC-WINDOW-LENGTH/);
  });
  test("a stricter policy window", () => {
    expect(validateException(approved(request(dpia, 48)), dpia, APPROVERS, hoursAfter(1), 24)).toMatchObject({
      valid: false,
      rule: "EXC-WINDOW-LENGTH",
    });
  });
  test("a window that starts in the future, or has ended", () => {
    expect(verdict(approved(request(dpia, 24, hoursAfter(5))))).toMatchObject({
      valid: false,
      rule: "EXC-WINDOW-OPEN",
    });
    expect(verdict(approved(request(dpia, 24)), hoursAfter(30))).toMatchObject({
      valid: false,
      rule: "EXC-WINDOW-OPEN",
      expired: true,
    });
  });
  test("a fingerprint of another configuration", () => {
    expect(verdict(approved(request(dpia)), hoursAfter(1), blockedDpia(30))).toMatchObject({
      valid: false,
      rule: "EXC-FINGERPRINT",
    });
  });
  test("an exception copied to another integration", () => {
    const other = assess(
      terraformJson(webServiceAction({ contract_input: CARD_CONTRACT }, { config: { name: "Other PSP" } })),
    ).dpias[0]!;
    const elsewhere = {
      ...other,
      subject: { ...other.subject, address: "genesyscloud_integration.other" },
      dpia_id: "INT-other-000000",
    };
    expect(verdict(approved(request(dpia)), hoursAfter(1), elsewhere)).toMatchObject({
      valid: false,
      rule: "EXC-SUBJECT",
    });
  });
  test("a reason too short to mean anything is refused at request time", () => {
    expect(() =>
      createException({
        dpia,
        requester: "x",
        reason: "urgent",
        ticket: "T-1",
        notBefore: T0,
        hours: 4,
        maxHours: 72,
        requestedAt: T0,
      }),
    ).toThrow(/--reason/);
  });
});

describe("exception checks at their edges (what mutation testing found unasserted)", () => {
  const validAt = (exception: ExceptionRecord, dpia: Dpia, now: Date, maxHours = 72) =>
    validateException(exception, dpia, APPROVERS, now, maxHours);

  test("the window: valid from its first millisecond, expired at its last, never longer than allowed", () => {
    const dpia = blockedDpia();
    const exception = approved(request(dpia, 48));
    expect(validAt(exception, dpia, T0)).toMatchObject({ valid: true });
    expect(validAt(exception, dpia, new Date(T0.getTime() - 1))).toMatchObject({
      valid: false,
      rule: "EXC-WINDOW-OPEN",
    });
    expect(validAt(exception, dpia, new Date(hoursAfter(48).getTime() - 1))).toMatchObject({ valid: true });
    expect(validAt(exception, dpia, hoursAfter(48))).toMatchObject({
      valid: false,
      rule: "EXC-WINDOW-OPEN",
      expired: true,
    });
    expect(validAt(exception, dpia, hoursAfter(1), 48)).toMatchObject({ valid: true });
    const verdict = validAt(exception, dpia, hoursAfter(1), 47.5);
    expect(verdict).toMatchObject({ valid: false, rule: "EXC-WINDOW-LENGTH" });
    expect(verdict.valid === false && verdict.message).toBe("the window is 48 hours; at most 47.5 are allowed");
    expect(
      validAt(approved({ ...request(dpia, 48), not_after: request(dpia, 48).not_before }), dpia, T0),
    ).toMatchObject({ valid: false });
  });

  test("a failure that is not expiry does not say expired", () => {
    const dpia = blockedDpia();
    const verdict = validAt(approved(request(dpia, 48)), dpia, new Date(T0.getTime() - 1));
    expect(verdict).not.toHaveProperty("expired");
  });

  test("the subject: another address or another DPIA id alone is enough to refuse", () => {
    const dpia = blockedDpia();
    const exception = approved(request(dpia));
    expect(
      validAt(
        exception,
        { ...dpia, subject: { ...dpia.subject, address: "genesyscloud_integration_action.other" } },
        hoursAfter(1),
      ),
    ).toMatchObject({ valid: false, rule: "EXC-SUBJECT" });
    const otherId = validAt(exception, { ...dpia, dpia_id: `${dpia.dpia_id}-x` }, hoursAfter(1));
    expect(otherId).toMatchObject({ valid: false, rule: "EXC-SUBJECT" });
    expect(otherId.valid === false && otherId.message).toContain(
      `the exception is for ${dpia.subject.address} (${dpia.dpia_id})`,
    );
  });

  test("a signature exactly at the window's end is refused; one just before it is accepted", () => {
    const dpia = blockedDpia();
    const base = request(dpia, 1);
    const end = new Date(Date.parse(base.not_after));
    const atEnd = sign(sign(base, "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.security.privateKeyPem, end);
    expect(validAt(atEnd, dpia, new Date(end.getTime() - 1000))).toMatchObject({ valid: false, rule: "EXC-SIGNED-AT" });
    const justBefore = sign(
      sign(base, "dpo.anna", keys.dpo.privateKeyPem),
      "sec.ben",
      keys.security.privateKeyPem,
      new Date(end.getTime() - 1000),
    );
    expect(validAt(justBefore, dpia, new Date(end.getTime() - 500))).toMatchObject({ valid: true });
  });

  test("the messages name who and what", () => {
    const dpia = blockedDpia();
    const once = sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem);
    expect(validAt(sign(once, "dpo.anna", keys.dpo.privateKeyPem), dpia, hoursAfter(1))).toEqual({
      valid: false,
      rule: "EXC-DISTINCT-APPROVERS",
      message: "dpo.anna signed twice; two different approvers must sign",
    });
    expect(validAt(once, dpia, hoursAfter(1))).toEqual({
      valid: false,
      rule: "EXC-TWO-APPROVERS",
      message: "1 of the 2 required approvals",
    });
    expect(validAt(sign(request(dpia), "mallory", keys.intruder.privateKeyPem), dpia, hoursAfter(1))).toEqual({
      valid: false,
      rule: "EXC-APPROVER-KNOWN",
      message: "mallory is not an approver in the trust root in force",
    });
    const noDpo = validateException(
      approved(request(dpia)),
      dpia,
      APPROVERS.map((approver) => ({ ...approver, role: "SECURITY_LEAD" as const })),
      hoursAfter(1),
      72,
    );
    expect(noDpo).toEqual({
      valid: false,
      rule: "EXC-DPO",
      message: "no data protection officer (role DPO) has signed",
    });
    const changed = validAt(approved(request(dpia)), blockedDpia(20), hoursAfter(1));
    expect(changed.valid === false && changed.message).toMatch(
      /^the configuration changed since the exception was granted \(fingerprint sha256:[0-9a-f]{12}… ≠ sha256:[0-9a-f]{12}…\)$/,
    );
    const forged = {
      ...approved(request(dpia)),
      reason: "Someone changed the reason after both signatures were given",
    };
    expect(validAt(forged, dpia, hoursAfter(1))).toMatchObject({
      valid: false,
      rule: "EXC-SIGNATURE",
      message: expect.stringContaining("the signature of dpo.anna does not verify"),
    });
  });

  test("a request is refused without a reason of twenty characters and four words, a ticket, or a window within the limit", () => {
    const dpia = blockedDpia();
    const make = (overrides: Partial<Parameters<typeof createException>[0]>) => () =>
      createException({
        dpia,
        requester: "platform.oncall",
        reason: "Card payments go live before tokenisation",
        ticket: "CHG-1",
        notBefore: T0,
        hours: 48,
        maxHours: 72,
        requestedAt: T0,
        ...overrides,
      });
    expect(make({})).not.toThrow();
    expect(make({ reason: "a b c d e f g h i j k l" })).toThrow(/a reason of at least 20 characters and four words/);
    expect(make({ reason: "Unavoidable-deadline-without-spaces" })).toThrow(/four words/);
    expect(make({ reason: "   Card payments go live   " })).not.toThrow();
    expect(make({ reason: "Card payments go live", ticket: "   " })).toThrow(/a ticket or change reference/);
    expect(make({ hours: 0 })).toThrow(/EXC-WINDOW-LENGTH: a window of 1 to 72 hours, got 0/);
    expect(make({ hours: 0.0001 })).toThrow(/EXC-WINDOW-LENGTH/);
    expect(make({ hours: 1 })).not.toThrow();
    expect(make({ hours: 72 })).not.toThrow();
    expect(make({ hours: 72.5 })).toThrow(/EXC-WINDOW-LENGTH/);
    // One that starts over 30 days ahead is signed blind; one that has ended never applies, and is allowed.
    expect(make({ notBefore: new Date(T0.getTime() - 48 * 3_600_000), hours: 24 })).not.toThrow();
    expect(make({ notBefore: new Date(T0.getTime() + 30 * 86_400_000) })).not.toThrow();
    expect(make({ notBefore: new Date("2099-01-01T00:00:00Z") })).toThrow(/a start at most 30 days ahead/);
  });

  test("a request for a DPIA the gate approves without an exception is refused, naming the file", () => {
    const approved = assess(terraformJson(webServiceAction({}))).dpias[0]!;
    expect(approved.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    const make = (dpia: Dpia) => () =>
      createException({
        dpia,
        dpiaFile: "out/INT-crm.json",
        requester: "platform.oncall",
        reason: "Card payments go live before tokenisation",
        ticket: "CHG-1",
        notBefore: T0,
        hours: 48,
        maxHours: 72,
        requestedAt: T0,
      });
    expect(make(approved)).toThrow(
      /out\/INT-crm\.json.*a DPIA the gate blocks: INT-crm-[0-9a-f]+ is High risk, below its block threshold Critical/s,
    );
    expect(make(blockedDpia())).not.toThrow();
  });

  test("a request keeps the reason and ticket trimmed, its window in whole seconds, and an id from its DPIA", () => {
    const dpia = blockedDpia();
    const exception = createException({
      dpia,
      requester: "platform.oncall",
      reason: "  Card payments go live before tokenisation  ",
      ticket: " CHG-1 ",
      notBefore: new Date("2026-03-01T08:00:00.250Z"),
      hours: 2,
      maxHours: 72,
      requestedAt: new Date("2026-03-01T07:59:00.900Z"),
    });
    expect(exception).toMatchObject({
      reason: "Card payments go live before tokenisation",
      ticket: "CHG-1",
      requested_at: "2026-03-01T07:59:00Z",
      not_before: "2026-03-01T08:00:00Z",
      not_after: "2026-03-01T10:00:00Z",
    });
    const slug = dpia.dpia_id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/-+$/, "");
    expect(exception.exception_id).toMatch(new RegExp(`^EXC-${slug}-[0-9a-f]{10}$`));
  });

  test("of several exceptions for one DPIA the one that lasts longest applies; exceptions for other DPIAs are not considered", () => {
    const dpia = blockedDpia();
    const short = approved(request(dpia, 10));
    const long = approved(request(dpia, 40));
    // An exception for another subject (whose signatures no longer matter here): never a candidate.
    const foreign = {
      ...approved(request(dpia, 60)),
      dpia_id: "INT-other-000000",
      subject_address: "genesyscloud_integration_action.other",
    };
    const { dpias, uses } = decide(dpia, [short, long, foreign], hoursAfter(1));
    expect(dpias[0]!.exception!.exception_id).toBe(long.exception_id);
    expect(dpias[0]!.exception_notes).toBeUndefined();
    expect(uses.filter((use) => use.event === "applied").map((use) => use.exception_id)).toEqual([long.exception_id]);
    expect(uses.some((use) => use.exception_id === foreign.exception_id)).toBe(false);
    expect(dpias[0]!.decision.reason).not.toContain("deployment needs a valid exception");
  });

  test("an approved DPIA is left as it is, whatever exceptions exist", () => {
    const dpia = { ...blockedDpia(), compliance_status: "APPROVED_FOR_DEPLOYMENT" as const };
    const { dpias, uses } = decide(dpia, [approved(request(blockedDpia()))], hoursAfter(1));
    expect(dpias[0]).toBe(dpia);
    expect(uses).toEqual([]);
  });

  test("a rejected exception leaves the block, a note naming its rule, and a use recorded as rejected (or expired)", () => {
    const dpia = blockedDpia();
    const rejected = decide(dpia, [sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem)], hoursAfter(1));
    expect(rejected.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(rejected.uses.map((use) => [use.event, use.rule])).toEqual([["rejected", "EXC-TWO-APPROVERS"]]);
    expect(rejected.uses[0]!.at).toBe("2026-03-01T09:00:00Z");
    const expired = decide(dpia, [approved(request(dpia, 2))], hoursAfter(3));
    expect(expired.uses.map((use) => use.event)).toEqual(["expired"]);
    expect(decide(dpia, [], hoursAfter(1)).dpias[0]).toBe(dpia);
  });
});
