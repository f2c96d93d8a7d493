import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { StoredRow } from "../../src/register/backends/backend";
import { runDpia, type RunResult } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";
import {
  DERIVED_COLUMN_TAMPERS,
  expectGateOnTampered,
  expectPlainRefusal,
  fingerprintOf,
  plan,
  repo,
  resignedLog,
} from "./register-integrity-cases";
import { openSqliteFile } from "../helpers/sqlite-file";

/** Each folder's register is in the folder itself (.dpia/), where copyOf copies it. */
const dpia = (cwd: string, env: Record<string, string | undefined>, ...args: string[]): RunResult =>
  runDpia(args, { cwd, env: { DPIA_REGISTER: path.join(cwd, ".dpia", "register.db"), ...env } });

/** A folder with the policy and a copy of the base register (and its key) in .dpia/. */
function copyOf(base: string): { dir: string; file: string } {
  const dir = tempFolder("dpia-integrity-");
  fs.copyFileSync(path.join(repo, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
  fs.mkdirSync(path.join(dir, ".dpia"));
  for (const name of ["register.db", "register.key"])
    fs.copyFileSync(path.join(base, ".dpia", name), path.join(dir, ".dpia", name));
  return { dir, file: path.join(dir, ".dpia", "register.db") };
}

/** Someone with write access to the file: the append-only triggers dropped, then the change. */
function tamper(file: string, ...statements: string[]): void {
  const db = openSqliteFile(file);
  db.exec("DROP TRIGGER dpia_records_no_update; DROP TRIGGER dpia_records_no_delete;");
  for (const statement of statements) db.exec(statement);
  db.close();
}

const recordCount = (file: string) => {
  const db = openSqliteFile(file);
  const { n } = db.prepare("SELECT count(*) AS n FROM dpia_records").get() as { n: number };
  db.close();
  return n;
};

describe("SQLite register: every derived column is checked, and the gate never signs over one it has not verified", () => {
  const base = tempFolder("dpia-integrity-base-");

  beforeAll(() => {
    fs.copyFileSync(path.join(repo, "dpia.policy.json"), path.join(base, "dpia.policy.json"));
    expect(dpia(base, {}, "gate", plan).status).toBe(1);
    expect(dpia(base, {}, "gate", plan).status).toBe(1);
    expect(recordCount(path.join(base, ".dpia", "register.db"))).toBe(7);
  }, 300_000);

  test.each(DERIVED_COLUMN_TAMPERS)(
    "the $column column of one row changed: verify exit 1 naming the row; the gate refuses it if it reads the row, and never hides it",
    (tampering) => {
      const { dir, file } = copyOf(base);
      tamper(file, tampering.sql);
      const verified = dpia(dir, {}, "register", "verify");
      expect(verified.status, verified.output).toBe(1);
      expect(verified.stdout).toMatch(/^TAMPERED \((edited|deleted)\) /);
      expect(verified.stdout).toMatch(tampering.says);
      expectGateOnTampered(dpia(dir, {}, "gate", plan), tampering, file, () => dpia(dir, {}, "register", "verify"));
      expect(recordCount(file)).toBe(tampering.gateSees ? 7 : 9);
    },
    180_000,
  );

  test.each([
    [
      "a row's checkpoint",
      "UPDATE dpia_records SET checkpoint = CAST(checkpoint AS BLOB) WHERE seq = 2",
      /record 2: its stored checkpoint column was changed .*not text/,
      false,
    ],
    [
      "the stored verifier key",
      "UPDATE dpia_register_meta SET value = CAST(value AS BLOB) WHERE key = 'verifier_key'",
      /the register's stored verifier_key was changed/,
      true,
    ],
  ])(
    "%s stored as a BLOB where the register writes text: TAMPERED for verify, never an internal error, never hidden by the gate",
    (_what, sql, says, gateSees) => {
      const { dir, file } = copyOf(base);
      tamper(file, sql);
      const verified = dpia(dir, {}, "register", "verify");
      expect(verified.status, verified.output).toBe(1);
      expect(verified.stdout).toMatch(says);
      expectGateOnTampered(dpia(dir, {}, "gate", plan), { gateSees, says }, file, () =>
        dpia(dir, {}, "register", "verify"),
      );
      expect(recordCount(file)).toBe(gateSees ? 7 : 9);
    },
    180_000,
  );

  test("the untouched copy verifies and the gate appends to it", () => {
    const { dir, file } = copyOf(base);
    const verified = dpia(dir, {}, "register", "verify");
    expect(verified.status, verified.output).toBe(0);
    expect(verified.stdout).toMatch(
      /^INTACT .*: 7 records, root .*; key sha256:[0-9a-f]{64} \(not pinned: set DPIA_REGISTER_KEY=sha256:/,
    );
    expect(dpia(dir, {}, "gate", plan).status).toBe(1);
    expect(recordCount(file)).toBe(9);
    expect(dpia(dir, {}, "register", "verify").status).toBe(0);
  }, 300_000);
});

describe("DPIA_REGISTER_KEY=sha256:… pins the register's identity outside the repository", () => {
  const base = tempFolder("dpia-pin-base-");
  let verifierKey = "";
  let pin = "";

  beforeAll(() => {
    fs.copyFileSync(path.join(repo, "dpia.policy.json"), path.join(base, "dpia.policy.json"));
    expect(dpia(base, {}, "gate", plan).status).toBe(1);
    verifierKey = dpia(base, {}, "register", "key").stdout.trim();
    pin = dpia(base, {}, "register", "key", "--fingerprint").stdout.trim();
  }, 300_000);

  test("dpia register key --fingerprint prints the SHA-256 of the verifier key; the pinned register is used as before", () => {
    expect(pin).toBe(fingerprintOf(verifierKey));
    const { dir, file } = copyOf(base);
    expect(dpia(dir, { DPIA_REGISTER_KEY: pin }, "gate", plan).status).toBe(1);
    expect(recordCount(file)).toBe(7);
    const verified = dpia(dir, { DPIA_REGISTER_KEY: pin }, "register", "verify");
    expect(verified.status, verified.output).toBe(0);
    expect(verified.stdout).toContain(`key ${pin} (pinned by DPIA_REGISTER_KEY)`);
  }, 300_000);

  test("a register replaced by a fresh one (another key): refused by the gate, TAMPERED for verify, both fingerprints named", () => {
    const { dir, file } = copyOf(base);
    fs.rmSync(path.join(dir, ".dpia"), { recursive: true });
    // Without the pin the gate cannot tell a replacement from a first run: it makes a new register.
    expect(dpia(dir, {}, "gate", plan).status).toBe(1);
    const fresh = dpia(dir, {}, "register", "key", "--fingerprint").stdout.trim();
    expect(fresh).not.toBe(pin);
    const unpinned = dpia(dir, {}, "register", "verify");
    expect(unpinned.status).toBe(0);
    expect(unpinned.stdout).toContain(`key ${fresh} (not pinned`);

    const gated = dpia(dir, { DPIA_REGISTER_KEY: pin }, "gate", plan);
    expectPlainRefusal(gated, file, /not the one DPIA_REGISTER_KEY pins/);
    expect(gated.stderr).toContain(fresh);
    expect(gated.stderr).toContain(pin);
    expect(recordCount(file)).toBe(5);
    const verified = dpia(dir, { DPIA_REGISTER_KEY: pin }, "register", "verify");
    expect(verified.status, verified.output).toBe(1);
    expect(verified.stdout).toMatch(/^TAMPERED \(replaced\) /);
    expect(verified.stdout).toContain(fresh);
    expect(verified.stdout).toContain(pin);
    expect(dpia(dir, { DPIA_REGISTER_KEY: pin }, "register", "list").status).toBe(2);
  }, 300_000);

  test("a pinned register that is gone is not made anew; a fresh one with the same signing key is still another register", () => {
    const { dir, file } = copyOf(base);
    fs.rmSync(file);
    const gone = dpia(dir, { DPIA_REGISTER_KEY: pin }, "gate", plan);
    expectPlainRefusal(
      gone,
      file,
      /DPIA_REGISTER_KEY pins .* but there is none here: a pinned register is never created anew/,
    );
    expect(fs.existsSync(file)).toBe(false);
    expect(dpia(dir, {}, "gate", plan).status).toBe(1);
    const sameKey = dpia(dir, { DPIA_REGISTER_KEY: pin }, "gate", plan);
    expectPlainRefusal(sameKey, file, /not the one DPIA_REGISTER_KEY pins/);
  }, 300_000);

  test("a register re-signed with another key: intact against itself, refused against the pin or a saved key and checkpoint", () => {
    const { dir, file } = copyOf(base);
    const checkpoint = path.join(dir, "saved.checkpoint");
    fs.writeFileSync(checkpoint, dpia(dir, {}, "register", "checkpoint").stdout);
    const db = openSqliteFile(file);
    db.exec("DROP TRIGGER dpia_records_no_update; DROP TRIGGER dpia_records_no_delete;");
    const rows = db.prepare("SELECT * FROM dpia_records ORDER BY seq").all() as StoredRow[];
    const origin = (db.prepare("SELECT value FROM dpia_register_meta WHERE key = 'origin'").get() as { value: string })
      .value;
    const forged = resignedLog(rows, origin);
    db.exec("DELETE FROM dpia_records");
    const insert = db.prepare(
      "INSERT INTO dpia_records (seq, kind, subject, at, record, leaf, root, checkpoint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    for (const row of forged.rows)
      insert.run(row.seq, row.kind, row.subject, row.at, row.record, row.leaf, row.root, row.checkpoint);
    db.prepare("UPDATE dpia_register_meta SET value = ? WHERE key = 'verifier_key'").run(forged.verifierKey);
    // The heads are signed by the real key: the attacker removes them (a register without a head is
    // verified whole by the next run, as one made before schema 3).
    db.exec("DROP TRIGGER dpia_register_head_no_delete; DELETE FROM dpia_register_head");
    db.close();

    expect(dpia(dir, {}, "register", "verify").status).toBe(0);
    const verified = dpia(dir, { DPIA_REGISTER_KEY: pin }, "register", "verify");
    expect(verified.status, verified.output).toBe(1);
    expect(verified.stdout).toContain("TAMPERED (replaced)");
    expect(verified.stdout).toContain(fingerprintOf(forged.verifierKey));
    const gated = dpia(dir, { DPIA_REGISTER_KEY: pin }, "gate", plan);
    expectPlainRefusal(gated, file, /not the one DPIA_REGISTER_KEY pins/);
    expect(recordCount(file)).toBe(5);
    // Without the pin, the key and checkpoint saved earlier tell the same: tampering (exit 1), not an unreadable checkpoint.
    const saved = dpia(dir, {}, "register", "verify", "--key", verifierKey, "--checkpoint", checkpoint);
    expect(saved.status, saved.output).toBe(1);
    expect(saved.stdout).toContain("TAMPERED (forked)");
    const checkpointOnly = dpia(dir, {}, "register", "verify", "--checkpoint", checkpoint);
    expect(checkpointOnly.status).toBe(2);
    expect(checkpointOnly.stderr).toMatch(/saved.checkpoint: .*or this register was replaced/);
  }, 300_000);

  test("a pin that does not read is an error naming DPIA_REGISTER_KEY, never a key file named after it", () => {
    const { dir } = copyOf(base);
    expectPlainRefusal(
      dpia(dir, { DPIA_REGISTER_KEY: "sha256:1234" }, "gate", plan),
      "DPIA_REGISTER_KEY",
      /sha256:<64 lowercase hex>/,
    );
    for (const value of [`sha256:${"A".repeat(64)}`, `SHA256:${"a".repeat(63)}`])
      expectPlainRefusal(
        dpia(dir, { DPIA_REGISTER_KEY: value }, "register", "verify"),
        "DPIA_REGISTER_KEY",
        /sha256:<64 lowercase hex>/,
      );
    expect(fs.readdirSync(dir).filter((name) => /sha256/i.test(name))).toEqual([]);
  }, 300_000);
});
