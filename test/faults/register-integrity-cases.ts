import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import * as path from "node:path";
import { expect } from "vitest";
import type { StoredRow } from "../../src/register/backends/backend";
import { MerkleAccumulator } from "../../src/register/merkle";
import { parseRecord } from "../../src/register/record";
import { signedRow } from "../../src/register/register";
import type { RegisterKey } from "../../src/register/register-key";
import { rawPublicKey, verifierKey } from "../../src/register/signed-note";
import type { RunResult } from "../helpers/run-cli";

export const repo = path.resolve(__dirname, "../..");
/** Blocked (exit 1) with two DPIAs: two gate runs give a register of seven records (its creation, a content record of each DPIA, two assessments of each). */
export const plan = path.join(repo, "test", "fixtures", "three-forms", "plan.json");

/**
 * Every column a row stores beside its record, changed the way someone with write access to the
 * database would change it (a value taken from another row, or a plausible literal): SQL both
 * SQLite and PostgreSQL run, after the append-only triggers are out of the way. Each must be
 * tampering of that row, named with the column.
 */
export const DERIVED_COLUMN_TAMPERS: ReadonlyArray<{
  column: string;
  sql: string;
  seq: number;
  says: RegExp;
  /**
   * Whether the gate sees it: since issue 28 a run reads only the signed head, the size and the trust
   * roots and exceptions (by kind), never the whole log. A row filed under an exception kind, or a log
   * whose last place is not the head's, is refused; any other changed column is found by verify, and
   * the gate's appends (on the signed frontier, never on a stored column) do not hide it.
   */
  gateSees: boolean;
}> = [
  {
    column: "leaf",
    sql: "UPDATE dpia_records SET leaf = (SELECT leaf FROM dpia_records WHERE seq = 1) WHERE seq = 2",
    seq: 2,
    says: /record 2: its stored leaf column was changed/,
    gateSees: false,
  },
  {
    column: "root",
    sql: "UPDATE dpia_records SET root = (SELECT root FROM dpia_records WHERE seq = 1) WHERE seq = 2",
    seq: 2,
    says: /record 2: its stored root column was changed/,
    gateSees: false,
  },
  {
    column: "checkpoint",
    // Record 4's: since schema 3 the records of an append before its last (here 1 and 2) store none.
    sql: "UPDATE dpia_records SET checkpoint = (SELECT checkpoint FROM dpia_records WHERE seq = 4) WHERE seq = 2",
    seq: 2,
    says: /record 2: .*checkpoint/,
    gateSees: false,
  },
  {
    column: "kind",
    sql: "UPDATE dpia_records SET kind = 'exception-approved' WHERE seq = 2",
    seq: 2,
    says: /record 2: its stored kind column was changed/,
    gateSees: true,
  },
  {
    column: "subject",
    sql: "UPDATE dpia_records SET subject = 'INT-someone-else' WHERE seq = 2",
    seq: 2,
    says: /record 2: its stored subject column was changed/,
    gateSees: false,
  },
  {
    column: "at",
    sql: "UPDATE dpia_records SET at = '2001-01-01T00:00:00Z' WHERE seq = 2",
    seq: 2,
    says: /record 2: its stored at column was changed/,
    gateSees: false,
  },
  {
    column: "seq",
    sql: "UPDATE dpia_records SET seq = 9 WHERE seq = 4",
    seq: 4,
    says: /record 4: missing: the log jumps from record 3 to record 5/,
    gateSees: true,
  },
];

/** What a user pins: SHA-256 of the verifier key `dpia register key` prints. */
export const fingerprintOf = (verifierKey: string) =>
  `sha256:${createHash("sha256").update(verifierKey.trim(), "utf8").digest("hex")}`;

/**
 * The gate on a register with one derived column changed: refused (exit 2, naming it, nothing
 * appended) when the gate reads that row; else it runs as on an intact register (the plan is blocked,
 * exit 1) and verify still names the row afterwards: the run did not launder the change.
 */
export function expectGateOnTampered(
  gated: RunResult,
  tamper: { gateSees: boolean; says: RegExp },
  location: string,
  verifyAfter: () => RunResult,
): void {
  if (tamper.gateSees) {
    expectPlainRefusal(gated, location, tamper.says);
    expect(gated.stderr).toContain("TAMPERED: the register was tampered with");
    return;
  }
  expect(gated.status, gated.output).toBe(1);
  const verified = verifyAfter();
  expect(verified.status, verified.output).toBe(1);
  expect(verified.stdout).toMatch(tamper.says);
}

/** A fault at the register is a plain exit 2 naming it, never an internal error. */
export function expectPlainRefusal(result: RunResult, location: string, says: RegExp): void {
  expect(result.status, result.output).toBe(2);
  expect(result.stderr).toContain(location);
  expect(result.stderr).toMatch(says);
  expect(result.stderr).not.toContain("internal error");
}

/**
 * The log re-signed with another key, consistently (what someone holding the rows but not the
 * register's key can do): record 0 names the new key, every leaf, root and checkpoint is remade.
 * Verified against itself it is intact; only a pin or a saved key tells it from the real one.
 */
export function resignedLog(rows: StoredRow[], origin: string): { rows: StoredRow[]; verifierKey: string } {
  const { privateKey } = generateKeyPairSync("ed25519");
  const key: RegisterKey = {
    file: "attacker.key",
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: rawPublicKey(createPublicKey(privateKey)),
  };
  const forged = verifierKey(origin, key.publicKey);
  const tree = new MerkleAccumulator();
  const resigned = rows.map((row) => {
    const record = parseRecord(row.record)!;
    if (record.seq === 0) record.data = { ...record.data, verifier_key: forged };
    return { seq: row.seq, ...signedRow(origin, key, record, tree) };
  });
  return { rows: resigned, verifierKey: forged };
}
