import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { AssessmentResult } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import { createException } from "../../src/exceptions/create-exception";
import { enforce } from "../../src/exceptions/enforce";
import { enforceWithTrustRoot } from "../../src/exceptions/enforce-trusted";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { generateKeyPair, signException } from "../../src/exceptions/signing";
import {
  appendLog,
  logFileOf,
  readExceptions,
  readExceptionsStrict,
  writeExceptions,
} from "../../src/exceptions/store";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Approver } from "../../src/policy/schema";
import type { TrustRoot } from "../../src/trust/schema";
import { InputError } from "../../src/validation/input-error";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

// What the final decision does with a blocked DPIA, its exceptions and the log of their use.
const CARD_CONTRACT = JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } });
const keys = { dpo: generateKeyPair(), security: generateKeyPair() };
const APPROVERS: Approver[] = [
  { id: "dpo.anna", name: "Anna Berg", role: "DPO", public_key: keys.dpo.publicKey },
  { id: "sec.ben", name: "Ben Okafor", role: "SECURITY_LEAD", public_key: keys.security.publicKey },
];
const T0 = new Date("2026-03-01T08:00:00Z");
const NOW = new Date("2026-03-01T09:00:00Z");
const policy = { ...applyPolicy(undefined), approvers: APPROVERS };

/** One blocked card action and one approved OAuth client, as the engine assesses them. */
function assessment(): AssessmentResult {
  const config = terraformJson({
    ...webServiceAction({ contract_input: CARD_CONTRACT }),
    genesyscloud_oauth_client: { reporting: { name: "Reporting", authorized_grant_type: "CLIENT-CREDENTIALS" } },
  });
  return assess(config);
}

function approvedException(dpia: Dpia): ExceptionRecord {
  const iso = T0.toISOString().replace(/\.\d{3}Z$/, "Z");
  let exception = createException({
    dpia,
    requester: "platform.oncall",
    reason: "Card payments go live for the campaign before tokenisation lands",
    ticket: "CHG-1",
    notBefore: T0,
    hours: 48,
    maxHours: 72,
    requestedAt: T0,
  });
  for (const [id, key] of [
    ["dpo.anna", keys.dpo],
    ["sec.ben", keys.security],
  ] as const) {
    exception = {
      ...exception,
      signatures: [
        ...exception.signatures,
        { approver_id: id, signed_at: iso, signature: signException(exception, id, iso, key.privateKeyPem) },
      ],
    };
  }
  return exception;
}

const blockedOf = (result: AssessmentResult) =>
  result.dpias.find((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT")!;

describe("enforce: blocked DPIAs pass only on a valid exception", () => {
  test("a valid exception approves the blocked DPIA, which is then among the warned, and its use is returned", () => {
    const assessed = assessment();
    const blocked = blockedOf(assessed);
    const { result, uses } = enforce(assessed, { exceptions: [approvedException(blocked)] }, policy, NOW);
    expect(result.scope).toBe(assessed.scope);
    expect(result.blocked).toEqual([]);
    expect(result.dpias.find((dpia) => dpia.dpia_id === blocked.dpia_id)!.compliance_status).toBe(
      "APPROVED_FOR_DEPLOYMENT",
    );
    expect(result.warned.map((dpia) => dpia.dpia_id)).toContain(blocked.dpia_id);
    expect(uses.map((use) => [use.event, use.dpia_id])).toEqual([["applied", blocked.dpia_id]]);
  });

  test("without exceptions the blocks stand, the lists are the assessment's, and no note is added", () => {
    const assessed = assessment();
    const { result, uses } = enforce(assessed, { exceptions: [] }, policy, NOW);
    expect(uses).toEqual([]);
    expect(result.blocked.map((dpia) => dpia.dpia_id)).toEqual(assessed.blocked.map((dpia) => dpia.dpia_id));
    expect(result.warned.map((dpia) => dpia.dpia_id)).toEqual(assessed.warned.map((dpia) => dpia.dpia_id));
    expect(result.dpias.map((dpia) => dpia.exception_notes ?? [])).toEqual(
      assessed.dpias.map((dpia) => dpia.exception_notes ?? []),
    );
    // An approved DPIA without an exception is not warned unless the assessment warned it.
    const approvedIds = result.dpias
      .filter((dpia) => dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT")
      .map((dpia) => dpia.dpia_id);
    for (const id of approvedIds)
      expect(result.warned.some((dpia) => dpia.dpia_id === id)).toBe(
        assessed.warned.some((dpia) => dpia.dpia_id === id),
      );
  });
});

describe("enforceWithTrustRoot: only the trust root's approvers count", () => {
  const root = { signed: { approvers: APPROVERS } } as unknown as TrustRoot;

  test("with a root in force the exception its approvers signed applies", () => {
    const assessed = assessment();
    const outcome = enforceWithTrustRoot(
      assessed,
      { exceptions: [approvedException(blockedOf(assessed))] },
      { ...policy, approvers: [] },
      { ok: true, root, hash: "sha256:x", pinnedBy: "DPIA_TRUST_ROOT", pinned: true, notes: [] },
      NOW,
    );
    expect(outcome.result.blocked).toEqual([]);
    expect(outcome.uses).toHaveLength(1);
  });

  test("without a root no exception applies, even a validly signed one, and each blocked DPIA says how to pin one", () => {
    const assessed = assessment();
    const outcome = enforceWithTrustRoot(
      assessed,
      { exceptions: [approvedException(blockedOf(assessed))] },
      policy,
      { ok: false, reason: "no trust root is pinned", notes: [] },
      NOW,
    );
    expect(outcome.uses).toEqual([]);
    expect(outcome.result.blocked.map((dpia) => dpia.dpia_id)).toEqual([blockedOf(assessed).dpia_id]);
    const notes = blockedOf(outcome.result).exception_notes!;
    expect(notes).toContain("EXC-TRUST-ROOT: no trust root is pinned");
    for (const dpia of outcome.result.dpias.filter(
      (candidate) => candidate.compliance_status !== "BLOCKED_FOR_DEPLOYMENT",
    )) {
      expect((dpia.exception_notes ?? []).some((note) => note.startsWith("EXC-TRUST-ROOT"))).toBe(false);
    }
  });
});

describe("the exceptions file and its log", () => {
  test("the log sits beside the file", () => {
    expect(logFileOf(path.join("a", "dpia.exceptions.json"))).toBe(path.join("a", "dpia.exceptions.log"));
    expect(logFileOf("exceptions")).toBe("exceptions.log");
  });

  test("a missing file holds no exceptions; an unreadable or invalid one holds none that count, and says why", () => {
    const dir = tempDir("dpia-exceptions-store-");
    const file = path.join(dir, "dpia.exceptions.json");
    expect(readExceptions(file)).toEqual({ exceptions: [], problems: [] });
    fs.writeFileSync(file, "{ not json");
    expect(readExceptions(file).problems).toEqual([
      {
        file,
        location: "line 1, column 3",
        expected: "a list of exceptions in valid JSON (expected a property name in double quotes)",
      },
    ]);
    fs.writeFileSync(file, `${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    expect(readExceptions(file).exceptions).toEqual([]);
    expect(readExceptions(file).problems.length).toBeGreaterThan(0);
    fs.writeFileSync(file, JSON.stringify({ version: 1, exceptions: [{ exception_id: "x" }] }));
    const invalid = readExceptions(file);
    expect(invalid.exceptions).toEqual([]);
    expect(invalid.problems.every((problem) => problem.file === file)).toBe(true);
    expect(() => readExceptionsStrict(file)).toThrow(InputError);
  });

  test("written whole through a temporary file, read back the same, nothing left behind", () => {
    const dir = path.join(tempDir("dpia-exceptions-store-"), "nested");
    const file = path.join(dir, "dpia.exceptions.json");
    const exception = approvedException(blockedOf(assessment()));
    writeExceptions(file, { version: 1, exceptions: [exception] });
    expect(fs.readFileSync(file, "utf8").endsWith("}\n")).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["dpia.exceptions.json"]);
    expect(readExceptionsStrict(file)).toEqual({ version: 1, exceptions: [exception] });
  });

  test("the log is appended to, a line per entry, never rewritten; nothing to append writes nothing", () => {
    const dir = tempDir("dpia-exceptions-store-");
    const file = path.join(dir, "dpia.exceptions.json");
    appendLog(file, []);
    expect(fs.existsSync(logFileOf(file))).toBe(false);
    const entry = {
      at: "2026-03-01T09:00:00Z",
      event: "applied" as const,
      exception_id: "EXC-1",
      dpia_id: "INT-a",
      fingerprint: "sha256:0",
      detail: "applied",
    };
    appendLog(file, [entry]);
    appendLog(file, [
      { ...entry, exception_id: "EXC-2" },
      { ...entry, exception_id: "EXC-3" },
    ]);
    const lines = fs.readFileSync(logFileOf(file), "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line).exception_id)).toEqual(["EXC-1", "EXC-2", "EXC-3"]);
  });

  test("a log that is a symbolic link is refused", () => {
    const dir = tempDir("dpia-exceptions-store-");
    const file = path.join(dir, "dpia.exceptions.json");
    fs.writeFileSync(path.join(dir, "elsewhere.log"), "");
    fs.symlinkSync(path.join(dir, "elsewhere.log"), logFileOf(file));
    expect(() =>
      appendLog(file, [
        {
          at: "2026-03-01T09:00:00Z",
          event: "applied",
          exception_id: "EXC-1",
          dpia_id: "INT-a",
          fingerprint: "sha256:0",
          detail: "applied",
        },
      ]),
    ).toThrow(InputError);
    expect(fs.readFileSync(path.join(dir, "elsewhere.log"), "utf8")).toBe("");
  });
});
