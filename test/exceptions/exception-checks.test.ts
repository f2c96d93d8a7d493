import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { createException } from "../../src/exceptions/create-exception";
import { enforceWithTrustRoot } from "../../src/exceptions/enforce-trusted";
import { EXCEPTION_CHECKS, type ExceptionCheckId } from "../../src/exceptions/exception-checks";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { generateKeyPair, signException } from "../../src/exceptions/signing";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Approver } from "../../src/policy/schema";
import type { RootInForce } from "../../src/trust/root-in-force";
import type { TrustRoot } from "../../src/trust/schema";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

// Each declared exception check, made by the decision the gate runs (enforceWithTrustRoot) on a
// blocked DPIA: a check nothing makes fails here, and a check without a case here does not compile.
const CARD_CONTRACT = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } });
const keys = {
  dpo: generateKeyPair(),
  security: generateKeyPair(),
  legal: generateKeyPair(),
  intruder: generateKeyPair(),
};
const APPROVERS: Approver[] = [
  { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey },
  { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey },
  { id: "legal.cara", name: "Cara Diaz", role: "LEGAL", public_key: keys.legal.publicKey },
];
const ROOT: RootInForce = {
  ok: true,
  root: { signed: { approvers: APPROVERS } } as unknown as TrustRoot,
  hash: "sha256:x",
  pinnedBy: "DPIA_TRUST_ROOT",
  pinned: true,
  notes: [],
};
const T0 = new Date("2026-03-01T08:00:00Z");
const hoursAfter = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

function request(dpia: Pick<Dpia, "dpia_id" | "integration_name" | "fingerprint" | "subject">): ExceptionRecord {
  return createException({
    dpia,
    requester: "platform.oncall",
    reason: "Card payments go live for the campaign before tokenisation lands",
    ticket: "CHG-1",
    notBefore: T0,
    hours: 48,
    maxHours: 72,
    requestedAt: T0,
  });
}

function sign(exception: ExceptionRecord, approverId: string, privateKeyPem: string, at = T0): ExceptionRecord {
  const signedAt = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  const signature = signException(exception, approverId, signedAt, privateKeyPem);
  return {
    ...exception,
    signatures: [...exception.signatures, { approver_id: approverId, signed_at: signedAt, signature }],
  };
}

const byDpoAndSecurity = (exception: ExceptionRecord) =>
  sign(sign(exception, "dpo.anna", keys.dpo.privateKeyPem), "sec.ben", keys.security.privateKeyPem);

interface Case {
  exception: (dpia: Dpia) => ExceptionRecord;
  trust?: RootInForce;
  now?: Date;
  maxExceptionHours?: number;
}

const FAILS: Record<ExceptionCheckId, Case> = {
  "EXC-TRUST-ROOT": {
    exception: (dpia) => byDpoAndSecurity(request(dpia)),
    trust: { ok: false, reason: "no trust root is pinned", notes: [] },
  },
  "EXC-DISTINCT-APPROVERS": {
    exception: (dpia) =>
      sign(sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem), "dpo.anna", keys.dpo.privateKeyPem),
  },
  "EXC-APPROVER-KNOWN": {
    exception: (dpia) =>
      sign(sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem), "eve", keys.intruder.privateKeyPem),
  },
  "EXC-SIGNATURE": { exception: (dpia) => ({ ...byDpoAndSecurity(request(dpia)), ticket: "CHG-2" }) },
  "EXC-SIGNED-AT": {
    exception: (dpia) =>
      sign(
        sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem, hoursAfter(5)),
        "sec.ben",
        keys.security.privateKeyPem,
      ),
  },
  "EXC-TWO-APPROVERS": { exception: (dpia) => sign(request(dpia), "dpo.anna", keys.dpo.privateKeyPem) },
  "EXC-DPO": {
    exception: (dpia) =>
      sign(sign(request(dpia), "sec.ben", keys.security.privateKeyPem), "legal.cara", keys.legal.privateKeyPem),
  },
  "EXC-SUBJECT": {
    exception: (dpia) =>
      byDpoAndSecurity(
        request({ ...dpia, subject: { ...dpia.subject, address: "genesyscloud_integration_action.other" } }),
      ),
  },
  "EXC-WINDOW-LENGTH": { exception: (dpia) => byDpoAndSecurity(request(dpia)), maxExceptionHours: 24 },
  "EXC-WINDOW-OPEN": { exception: (dpia) => byDpoAndSecurity(request(dpia)), now: hoursAfter(49) },
  "EXC-FINGERPRINT": {
    exception: (dpia) => byDpoAndSecurity(request({ ...dpia, fingerprint: `sha256:${"0".repeat(64)}` })),
  },
};

describe("every declared exception check is made by the gate's decision", () => {
  test.each(EXCEPTION_CHECKS.map((check) => check.id))("%s", (id) => {
    const assessed = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT })));
    const blocked = assessed.blocked[0]!;
    const { exception, trust = ROOT, now = hoursAfter(1), maxExceptionHours = 72 } = FAILS[id];
    const { result } = enforceWithTrustRoot(
      assessed,
      { exceptions: [exception(blocked)] },
      { ...applyPolicy(undefined), maxExceptionHours },
      trust,
      now,
    );
    const notes = result.dpias.find((dpia) => dpia.dpia_id === blocked.dpia_id)!.exception_notes ?? [];
    expect(result.blocked.map((dpia) => dpia.dpia_id)).toContain(blocked.dpia_id);
    expect(notes.filter((note) => note.includes(`${id}: `))).toHaveLength(1);
  });

  test("the same exception, valid, lifts the block (the cases above differ from it in one thing each)", () => {
    const assessed = assess(terraformJson(webServiceAction({ contract_input: CARD_CONTRACT })));
    const { result } = enforceWithTrustRoot(
      assessed,
      { exceptions: [byDpoAndSecurity(request(assessed.blocked[0]!))] },
      { ...applyPolicy(undefined), maxExceptionHours: 72 },
      ROOT,
      hoursAfter(1),
    );
    expect(result.blocked).toEqual([]);
  });
});
