import * as fs from "node:fs";
import * as path from "node:path";
import { createException } from "../../../src/exceptions/create-exception";
import type { ExceptionRecord } from "../../../src/exceptions/schema";
import type { Random } from "../harness";
import { authorityFixture, type AuthorityFixture, type FixtureApprover, type Provenance } from "./authority-fixture";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, mutateJson, timed, type OracleCase, type OracleKind } from "./kind";

const HOUR = 3_600_000;

/** What the oracle needs to know: the subject blocked, the root's approvers, the signatures really made. */
interface ExceptionFacts {
  subject: { dpia_id: string; address: string; fingerprint: string };
  approvers: Array<{ id: string; role: string }>;
  provenance: Provenance;
}

/**
 * The oracle: a block may be lifted (exit 0) only if the document imported holds an exception for
 * this subject and configuration, whose window is open now, signed by two different approvers of
 * the root (one a DPO) with signatures they really made over exactly this exception.
 */
function exceptionMayLift(document: unknown, facts: ExceptionFacts, now: Date): boolean {
  const exceptions = (document as { exceptions?: unknown } | null)?.exceptions;
  if (!Array.isArray(exceptions)) return false;
  return exceptions.some((candidate) => {
    if (candidate === null || typeof candidate !== "object") return false;
    const { signatures, ...content } = candidate as Record<string, unknown>;
    if (
      content.subject_address !== facts.subject.address ||
      content.dpia_id !== facts.subject.dpia_id ||
      content.fingerprint !== facts.subject.fingerprint
    )
      return false;
    const from = Date.parse(String(content.not_before));
    const until = Date.parse(String(content.not_after));
    if (!(from <= now.getTime() && now.getTime() < until)) return false;
    const signers = new Set<string>();
    for (const signature of Array.isArray(signatures) ? signatures : []) {
      const { approver_id: id, signed_at: at, signature: value } = (signature ?? {}) as Record<string, unknown>;
      if (typeof id !== "string" || typeof at !== "string") continue;
      if (!facts.approvers.some((approver) => approver.id === id)) continue;
      if (facts.provenance.genuine(content, id, at, value)) signers.add(id);
    }
    const dpo = [...signers].some((id) => facts.approvers.find((approver) => approver.id === id)?.role === "DPO");
    return signers.size >= 2 && dpo;
  });
}

/** The exit code of the gate after the import, judged: exit 0 only when the oracle allows it. */
function judgeExceptionCase(document: unknown, facts: ExceptionFacts, now: Date, exitCode: number): string | undefined {
  if (exitCode === 0 && !exceptionMayLift(document, facts, now))
    return "the block was lifted by an exception that is not validly dual-signed, open and for this subject";
  return undefined;
}

type Variant = (
  base: ExceptionRecord,
  fixture: AuthorityFixture,
  rng: Random,
) => { mutation: string; exception: ExceptionRecord };

const REASON = "Card payments go live for the campaign before tokenisation lands";

/** A new request for the blocked DPIA (or another subject), signed as the approvers would sign it. */
function request(
  fixture: AuthorityFixture,
  change: Partial<ExceptionRecord> = {},
  from = Date.now() - 60_000,
  hours = 48,
) {
  const { blocked } = fixture;
  const exception = createException({
    dpia: {
      dpia_id: blocked.dpia_id,
      integration_name: blocked.integration_name,
      fingerprint: blocked.fingerprint,
      subject: { address: blocked.address } as never,
    },
    requester: "platform.oncall",
    reason: REASON,
    ticket: "CHG-1",
    notBefore: new Date(from),
    hours,
    maxHours: 1_000,
    requestedAt: new Date(from),
  });
  return { ...exception, ...change };
}

function signedBy(fixture: AuthorityFixture, exception: ExceptionRecord, signers: FixtureApprover[], at?: Date) {
  return signers.reduce(
    (signed, signer) =>
      fixture.signException(signed, signer, at ?? new Date(Date.parse(exception.requested_at) + 1_000)),
    exception,
  );
}

/** Exceptions the approvers really signed, each invalid for one reason the gate must see (or valid). */
const SIGNED_VARIANTS: Variant[] = [
  (_, f) => ({ mutation: "re-signed, valid", exception: signedBy(f, request(f), [f.approvers.dpo, f.approvers.sec]) }),
  (_, f) => ({
    mutation: "re-signed, expired window",
    exception: signedBy(f, request(f, {}, Date.now() - 100 * HOUR, 48), [f.approvers.dpo, f.approvers.sec]),
  }),
  (_, f) => ({
    mutation: "re-signed, window in the future",
    exception: signedBy(f, request(f, {}, Date.now() + 10 * HOUR, 48), [f.approvers.dpo, f.approvers.sec]),
  }),
  (_, f) => ({
    mutation: "re-signed, other subject",
    exception: signedBy(f, request(f, { subject_address: `${f.blocked.address}x` }), [
      f.approvers.dpo,
      f.approvers.sec,
    ]),
  }),
  (_, f) => ({
    mutation: "re-signed, other fingerprint",
    exception: signedBy(f, request(f, { fingerprint: `sha256:${"0".repeat(64)}` }), [f.approvers.dpo, f.approvers.sec]),
  }),
  (_, f) => ({
    mutation: "re-signed, other dpia_id",
    exception: signedBy(f, request(f, { dpia_id: `${f.blocked.dpia_id}-2` }), [f.approvers.dpo, f.approvers.sec]),
  }),
  (_, f) => ({ mutation: "signed by the DPO only", exception: signedBy(f, request(f), [f.approvers.dpo]) }),
  (_, f) => ({
    mutation: "signed without a DPO",
    exception: signedBy(f, request(f), [f.approvers.sec, f.approvers.ciso]),
  }),
  (_, f) => ({
    mutation: "signed by an outsider and the DPO",
    exception: signedBy(f, request(f), [f.outsider, f.approvers.dpo]),
  }),
  (_, f) => ({
    mutation: "an outsider signs under the security lead's id",
    exception: signedBy(f, request(f), [f.approvers.dpo, { ...f.outsider, id: f.approvers.sec.id }]),
  }),
  (_, f) => {
    const once = signedBy(f, request(f), [f.approvers.dpo]);
    return {
      mutation: "the DPO signs twice",
      exception: signedBy(f, once, [f.approvers.dpo], new Date(Date.now() - 1_000)),
    };
  },
  (_, f) => ({
    mutation: "signed before the request",
    exception: signedBy(f, request(f), [f.approvers.dpo, f.approvers.sec], new Date(Date.now() - 10 * HOUR)),
  }),
  (_, f) => ({
    mutation: "signed in the future",
    exception: signedBy(f, request(f), [f.approvers.dpo, f.approvers.sec], new Date(Date.now() + 10 * HOUR)),
  }),
  (_, f) => ({
    mutation: "window longer than allowed",
    exception: signedBy(f, request(f, {}, Date.now() - 60_000, 500), [f.approvers.dpo, f.approvers.sec]),
  }),
];

/** Changes to the genuine exception after it was signed: its fields, its signatures. */
const EDITED_VARIANTS: Variant[] = [
  (base, _, rng) => {
    const { mutation, document } = mutateJson(base, rng);
    return { mutation: `edited: ${mutation}`, exception: document as ExceptionRecord };
  },
  (base) => ({
    mutation: "edited: window extended a year",
    exception: { ...base, not_after: new Date(Date.parse(base.not_after) + 365 * 24 * HOUR).toISOString() },
  }),
  (base) => ({
    mutation: "edited: signatures swapped",
    exception: { ...base, signatures: [...base.signatures].reverse() },
  }),
  (base) => ({
    mutation: "edited: one signature under both ids",
    exception: {
      ...base,
      signatures: base.signatures.map((s) => ({ ...s, signature: base.signatures[0]!.signature })),
    },
  }),
  (base) => ({
    mutation: "edited: approver ids exchanged",
    exception: {
      ...base,
      signatures: base.signatures.map((s, i, all) => ({ ...s, approver_id: all[(i + 1) % all.length]!.approver_id })),
    },
  }),
];

/** A document as a user would hand it to `dpia exception import`. */
function documentOf(exceptions: unknown[], rng: Random): { text: string; note: string } {
  const text = JSON.stringify({ version: 1, exceptions }, null, 2);
  if (rng.int(8) > 0) return { text, note: "" };
  const at = rng.int(text.length);
  return rng.int(2) === 0
    ? { text: text.slice(0, at), note: ", truncated" }
    : {
        text: text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << rng.int(7))) + text.slice(at + 1),
        note: ", a byte flipped",
      };
}

export type ExceptionsKind = OracleKind & { genuine: { exception: ExceptionRecord; fixture: AuthorityFixture } };

/** Exceptions fed through the register as a user feeds them: export, edit, import, then the gate. */
export async function exceptionsKind(root: string): Promise<ExceptionsKind> {
  const fixture = await authorityFixture(path.join(root, "authority"));
  const base = await genuineException(fixture);
  const facts: ExceptionFacts = {
    subject: {
      dpia_id: fixture.blocked.dpia_id,
      address: fixture.blocked.address,
      fingerprint: fixture.blocked.fingerprint,
    },
    approvers: fixture.root.signed.approvers,
    provenance: fixture.provenance,
  };
  let n = 0;
  /** Imports the document into a register holding only the root, then runs the gate: the oracle judges the exit. */
  const evaluate = async (text: string, base = "genuine exception", mutation = "given"): Promise<OracleCase> => {
    const caseDir = path.join(root, "cases", String(n++));
    const register = fixture.freshRegister(caseDir);
    const file = path.join(caseDir, "exceptions.json");
    fs.writeFileSync(file, text);
    const env = { DPIA_TRUST_ROOT: fixture.rootHash };
    const imported = await timed(() => dpiaInProcess(["exception", "import", file, "--register", register], env));
    const gate = await timed(() =>
      dpiaInProcess(
        ["gate", fixture.config, "--policy", fixture.policy, "--register", register, "--format", "json"],
        env,
      ),
    );
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      document = undefined;
    }
    const failure =
      contractFailure(imported.outcome, imported.ms) ??
      contractFailure(gate.outcome, gate.ms) ??
      (imported.outcome.exitCode === 0 && document === undefined ? "an unreadable document was imported" : undefined) ??
      judgeExceptionCase(document, facts, new Date(), gate.outcome.exitCode);
    fs.rmSync(caseDir, { recursive: true, force: true });
    return {
      kind: "exceptions",
      base,
      mutation,
      exitCode: gate.outcome.exitCode,
      ms: imported.ms + gate.ms,
      input: text,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "exceptions",
    runCase: async (rng) => {
      const variants = rng.int(3) === 0 ? SIGNED_VARIANTS : EDITED_VARIANTS;
      const { mutation, exception } = rng.pick(variants)(base, fixture, rng);
      const { text, note } = documentOf([exception], rng);
      return evaluate(text, "genuine exception", `${mutation}${note}`);
    },
    evaluate,
    /** For the tests: the genuine exception, and the fixture that made it. */
    genuine: { exception: base, fixture },
  } as ExceptionsKind;
}

/** The exception a user gets: requested for the blocked DPIA, approved by the DPO and the security lead, exported. */
async function genuineException(fixture: AuthorityFixture): Promise<ExceptionRecord> {
  const register = fixture.freshRegister(path.join(fixture.dir, "genuine"));
  const env = { DPIA_TRUST_ROOT: fixture.rootHash };
  // As a user does: the gate records the blocked assessment in this register, and the request names its DPIA.
  const gated = await dpiaInProcess(["gate", fixture.config, "--policy", fixture.policy, "--register", register], env);
  if (gated.exitCode !== 1) throw new Error(`fixture: dpia gate gave ${gated.exitCode}, not 1: ${gated.stderr}`);
  const steps = [
    [
      "exception",
      "request",
      fixture.blocked.file,
      "--reason",
      REASON,
      "--ticket",
      "CHG-1",
      "--hours",
      "48",
      "--requester",
      "platform.oncall",
    ],
    ["exception", "approve", "", "--key", fixture.keyFile(fixture.approvers.dpo)],
    ["exception", "approve", "", "--key", fixture.keyFile(fixture.approvers.sec)],
  ];
  let id = "";
  for (const step of steps) {
    const args = step.map((arg) => arg || id);
    const outcome = await dpiaInProcess([...args, "--policy", fixture.policy, "--register", register], env);
    if (outcome.exitCode !== 0) throw new Error(`fixture: dpia ${args.join(" ")}: ${outcome.stderr}`);
    id ||= /^(EXC-[a-z0-9-]+) requested/m.exec(outcome.stdout)![1]!;
  }
  const exported = path.join(fixture.dir, "genuine", "exported.json");
  await dpiaInProcess(["exception", "export", exported, "--register", register]);
  const exception = (JSON.parse(fs.readFileSync(exported, "utf8")) as { exceptions: ExceptionRecord[] }).exceptions[0]!;
  // The approvals were made by the CLI, not the fixture: they are genuine for this exact content.
  const { signatures, ...content } = exception;
  for (const s of signatures) fixture.provenance.record(content, s.approver_id, s.signed_at, s.signature);
  const gate = await dpiaInProcess(
    ["gate", fixture.config, "--policy", fixture.policy, "--register", register, "--format", "json"],
    env,
  );
  if (gate.exitCode !== 0) throw new Error(`fixture: the genuine exception does not lift the block: ${gate.stderr}`);
  return exception;
}
