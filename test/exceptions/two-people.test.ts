import { describe, expect, test } from "vitest";
import { createException } from "../../src/exceptions/create-exception";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { generateKeyPair, signatureVerifies, signException } from "../../src/exceptions/signing";
import { validateException } from "../../src/exceptions/validate-exception";
import type { Dpia } from "../../src/dpia/schema";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Approver } from "../../src/policy/schema";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

const CARD_CONTRACT = JSON.stringify({
  type: "object",
  properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
});
const dpia: Dpia = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT, secure: false }))).dpias[0]!;
const keys = { dpo: generateKeyPair(), security: generateKeyPair(), third: generateKeyPair() };
const T0 = new Date("2026-03-01T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const spki = (pointHex: string) => Buffer.concat([SPKI_PREFIX, Buffer.from(pointHex, "hex")]).toString("base64");

function request(hours = 48, requestedAt = T0): ExceptionRecord {
  return createException({
    dpia,
    requester: "platform.oncall",
    reason: "Card payments go live for the campaign before tokenisation is ready",
    ticket: "CHG-1",
    notBefore: T0,
    hours,
    maxHours: 72,
    requestedAt,
  });
}

function sign(exception: ExceptionRecord, approverId: string, privateKeyPem: string, signedAt = T0): ExceptionRecord {
  const when = iso(signedAt);
  return {
    ...exception,
    signatures: [
      ...exception.signatures,
      {
        approver_id: approverId,
        signed_at: when,
        signature: signException(exception, approverId, when, privateKeyPem),
      },
    ],
  };
}

const anna: Approver = { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey };
const ben: Approver = { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey };
const verdict = (exception: ExceptionRecord, approvers: Approver[], now = at(60)) =>
  validateException(exception, dpia, approvers, now, 72);

describe("two approvals are two people", () => {
  test("the baseline: two people with their own keys and names approve", () => {
    const exception = sign(sign(request(), "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.security.privateKeyPem);
    expect(verdict(exception, [anna, ben])).toMatchObject({ valid: true });
  });

  test("one key under a second id is refused: the holder of the DPO's key signs twice", () => {
    const alias: Approver = {
      id: "sec.anna",
      name: "Security Desk",
      role: "SECURITY_LEAD",
      public_key: keys.dpo.publicKey,
    };
    const exception = sign(sign(request(), "dpo.anna", keys.dpo.privateKeyPem), "sec.anna", keys.dpo.privateKeyPem);
    expect(verdict(exception, [anna, alias])).toMatchObject({
      valid: false,
      rule: "EXC-DISTINCT-APPROVERS",
      message: expect.stringContaining("same key"),
    });
  });

  test.each([
    ["the same name", "Anna Berg"],
    ["another case and spacing", "  anna   BERG "],
    ["accents and compatibility forms", "Ánna Ｂerg"],
    ["punctuation", "Anna-Berg."],
  ])("one name under a second id with another key is refused (%s)", (_label, name) => {
    const twin: Approver = { id: "sec.a.berg", name, role: "SECURITY_LEAD", public_key: keys.third.publicKey };
    const exception = sign(sign(request(), "dpo.anna", keys.dpo.privateKeyPem), "sec.a.berg", keys.third.privateKeyPem);
    expect(verdict(exception, [anna, twin])).toMatchObject({
      valid: false,
      rule: "EXC-DISTINCT-APPROVERS",
      message: expect.stringContaining("same name"),
    });
  });

  test("the policy refuses one key listed for two approvers, naming the second (exit 2)", () => {
    const twin = {
      id: "sec.anna",
      name: "Security Desk",
      role: "SECURITY_LEAD" as const,
      public_key: keys.dpo.publicKey,
    };
    expect(() => applyPolicy({ version: 1, approvers: [anna, twin] } as never, "p.json")).toThrow(
      /approvers\[1\]\.public_key: for approver "sec\.anna", a key of its own; it is the key of "dpo\.anna"/,
    );
  });
});

// The eight points of small order and spellings of points that are not canonical (y ≥ p, or x = 0 with the sign bit set).
const SMALL_ORDER = [
  "0100000000000000000000000000000000000000000000000000000000000000",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "0000000000000000000000000000000000000000000000000000000000000000",
  "0000000000000000000000000000000000000000000000000000000000000080",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
];
const NON_CANONICAL = [
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1
  "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // y = 2^255 - 1, sign set
  "0100000000000000000000000000000000000000000000000000000000000080", // y = 1, x = 0 with sign
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // y = p - 1, x = 0 with sign
];

describe("small-order and non-canonical Ed25519 keys are refused", () => {
  test("with the identity point as key, one forged signature verifies for any exception: the reason for the check", () => {
    const forged = Buffer.concat([Buffer.from(SMALL_ORDER[0]!, "hex"), Buffer.alloc(32)]).toString("base64");
    expect(signatureVerifies(request(), "dpo.anna", iso(T0), forged, spki(SMALL_ORDER[0]!))).toBe(true);
  });

  test.each([...SMALL_ORDER, ...NON_CANONICAL])("policy load refuses %s, naming the approver", (point) => {
    const weak = { id: "dpo.mallory", name: "Mallory", role: "DPO" as const, public_key: spki(point) };
    expect(() => applyPolicy({ version: 1, approvers: [weak, ben] } as never, "p.json")).toThrow(
      /p\.json: approvers\[0\]\.public_key: for approver "dpo\.mallory", a real approver's Ed25519 public key, not a (small-order|non-canonical)/,
    );
  });

  test("an exception signed with a forged signature under a small-order key is refused even past policy load", () => {
    const mallory: Approver = { id: "dpo.mallory", name: "Mallory", role: "DPO", public_key: spki(SMALL_ORDER[0]!) };
    const base = request();
    const forged = Buffer.concat([Buffer.from(SMALL_ORDER[0]!, "hex"), Buffer.alloc(32)]).toString("base64");
    const exception = sign(
      { ...base, signatures: [{ approver_id: "dpo.mallory", signed_at: iso(T0), signature: forged }] },
      "sec.ben",
      keys.security.privateKeyPem,
    );
    expect(verdict(exception, [mallory, ben])).toMatchObject({
      valid: false,
      rule: "EXC-APPROVER-KNOWN",
      message: expect.stringContaining("small-order"),
    });
  });

  test("a real key still loads", () => {
    expect(applyPolicy({ version: 1, approvers: [anna, ben] } as never, "p.json").approvers).toHaveLength(2);
  });
});

describe("signed_at lies between the request and now, and before the window ends", () => {
  const both = (first: Date, second: Date, exception = request()) =>
    sign(sign(exception, "dpo.anna", keys.dpo.privateKeyPem, first), "sec.ben", keys.security.privateKeyPem, second);

  test("signed within the skew allowed (4 minutes before the request, 4 minutes ahead of now) is valid", () => {
    expect(verdict(both(at(-4), at(64)), [anna, ben], at(60))).toMatchObject({ valid: true });
  });
  test("signed before the request was made (back-dated) is refused", () => {
    expect(verdict(both(at(-6), at(1)), [anna, ben])).toMatchObject({
      valid: false,
      rule: "EXC-SIGNED-AT",
      message: expect.stringContaining("dpo.anna signed at 2026-03-01T07:54:00Z"),
    });
    expect(verdict(both(at(1), at(-24 * 60)), [anna, ben])).toMatchObject({ valid: false, rule: "EXC-SIGNED-AT" });
  });
  test("signed in the future (after now, beyond the skew) is refused", () => {
    expect(verdict(both(at(1), at(66)), [anna, ben], at(60))).toMatchObject({
      valid: false,
      rule: "EXC-SIGNED-AT",
      message: expect.stringContaining("sec.ben"),
    });
  });
  test("signed after the window ended is refused, whatever the clock says", () => {
    const short = request(2);
    expect(verdict(both(at(1), at(121), short), [anna, ben], at(119))).toMatchObject({
      valid: false,
      rule: "EXC-SIGNED-AT",
    });
    expect(verdict(both(at(1), at(119), short), [anna, ben], at(119))).toMatchObject({ valid: true });
  });
});
