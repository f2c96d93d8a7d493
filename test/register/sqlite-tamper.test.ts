import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { DpiaRegister, withRegister } from "../../src/register/register";
import { readCheckpoint, verifyLog } from "../../src/register/verify-log";
import { parseVerifierKey } from "../../src/register/signed-note";
import { tempFolder } from "./helpers";
import { openSqliteFile } from "../helpers/sqlite-file";

async function registerWith(records: number): Promise<{ file: string; env: NodeJS.ProcessEnv }> {
  const dir = tempFolder("dpia-register-");
  const file = path.join(dir, "register.db");
  const env = { DPIA_REGISTER: file };
  await withRegister({ env, write: true }, async (register) => {
    for (let i = 1; i < records; i++)
      await register.append("assessment", `INT-${i}`, { n: i, fingerprint: `sha256:${String(i).padStart(64, "0")}` });
  });
  return { file, env };
}

/** The full replay (dpia register verify) and the quick check the gate runs must reach the same verdict. */
async function verdict(env: NodeJS.ProcessEnv, checkpointNote?: string) {
  return withRegister({ env, write: false }, async (register) => {
    const checkpoint = checkpointNote
      ? readCheckpoint(checkpointNote, "checkpoint", register.meta.origin, parseVerifierKey(register.verifierKey)!)
      : undefined;
    const rows = await register.rows();
    const meta = await register.currentMeta();
    const full = verifyLog(rows, meta, register.verifierKey, checkpoint);
    const quick = verifyLog(rows, meta, register.verifierKey, checkpoint, { quick: true });
    expect(quick).toEqual(full);
    return full;
  });
}

/** What an attacker with write access to the file does: drop the append-only triggers, then edit. */
function tamper(file: string, ...statements: string[]) {
  const db = openSqliteFile(file);
  db.exec("DROP TRIGGER dpia_records_no_update; DROP TRIGGER dpia_records_no_delete;");
  for (const statement of statements) db.exec(statement);
  db.close();
}

describe("SQLite register: the log names the first bad record and what was done to it", () => {
  test("an untouched register of 6 records verifies", async () => {
    const { env } = await registerWith(6);
    expect(await verdict(env)).toMatchObject({ intact: true, size: 6 });
  });

  test("a damaged signature of an old checkpoint: dpia register verify names it, the gate's quick check (one signature) still sees every record intact", async () => {
    const { file, env } = await registerWith(6);
    // The signature line ends "…<base64>=\n": change five of its characters, not the body above it.
    tamper(
      file,
      "UPDATE dpia_records SET checkpoint = substr(checkpoint, 1, length(checkpoint) - 8) || 'AAAAA' || substr(checkpoint, length(checkpoint) - 2) WHERE seq = 2",
    );
    const { rows, meta, key } = await withRegister({ env, write: false }, async (register) => ({
      rows: await register.rows(),
      meta: await register.currentMeta(),
      key: register.verifierKey,
    }));
    expect(verifyLog(rows, meta, key)).toMatchObject({ intact: false, kind: "edited", seq: 2 });
    expect(verifyLog(rows, meta, key, undefined, { quick: true })).toMatchObject({ intact: true, size: 6 });
  });

  test("an old checkpoint whose body was changed is tampering for both checks: its text is derived from the record", async () => {
    const { file, env } = await registerWith(6);
    tamper(
      file,
      "UPDATE dpia_records SET checkpoint = replace(checkpoint, 'dpia-register', 'dpia-registeR') WHERE seq = 2",
    );
    expect(await verdict(env)).toMatchObject({ intact: false, kind: "edited", seq: 2 });
  });

  test("the triggers refuse UPDATE and DELETE", async () => {
    const { file } = await registerWith(3);
    const db = openSqliteFile(file);
    expect(() => db.exec("UPDATE dpia_records SET subject = 'x' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => db.exec("DELETE FROM dpia_records WHERE seq = 2")).toThrow(/append-only/);
    db.close();
  });

  test.each([
    ["edited", ["UPDATE dpia_records SET record = replace(record, '\"n\":3', '\"n\":4') WHERE seq = 3"], 3],
    ["deleted", ["DELETE FROM dpia_records WHERE seq = 2"], 2],
    [
      "reordered",
      [
        "UPDATE dpia_records SET seq = -1 WHERE seq = 3",
        "UPDATE dpia_records SET seq = 3 WHERE seq = 4",
        "UPDATE dpia_records SET seq = 4 WHERE seq = -1",
      ],
      3,
    ],
    [
      "inserted",
      [
        "UPDATE dpia_records SET seq = seq + 100 WHERE seq >= 2",
        "UPDATE dpia_records SET seq = seq - 99 WHERE seq >= 100",
        "INSERT INTO dpia_records SELECT 2, kind, 'INT-forged', at, replace(record, 'INT-1', 'INT-forged'), leaf, root, checkpoint FROM dpia_records WHERE seq = 1",
      ],
      2,
    ],
    [
      "inserted",
      [
        "UPDATE dpia_records SET seq = seq + 100 WHERE seq >= 2",
        "UPDATE dpia_records SET seq = seq - 99 WHERE seq >= 100",
        "INSERT INTO dpia_records SELECT 2, kind, 'INT-forged', at, replace(replace(record, 'INT-1', 'INT-forged'), '\"seq\":1', '\"seq\":2'), leaf, root, checkpoint FROM dpia_records WHERE seq = 1",
      ],
      2,
    ],
    ["truncated", ["DELETE FROM dpia_records WHERE seq >= 4"], 4],
  ] as const)("%s", async (kind, statements, seq) => {
    const { file, env } = await registerWith(6);
    tamper(file, ...statements);
    const result = await verdict(env);
    expect(result).toMatchObject({ intact: false, kind, seq });
  });

  test("truncation that also rewrites the size is caught by a checkpoint kept outside", async () => {
    const { file, env } = await registerWith(6);
    const saved = await withRegister(
      { env, write: false },
      async (register) => (await register.rows()).at(-1)!.checkpoint,
    );
    tamper(
      file,
      "DELETE FROM dpia_records WHERE seq >= 4",
      "UPDATE dpia_register_meta SET value = '4' WHERE key = 'size'",
    );
    expect(await verdict(env)).toMatchObject({ intact: true, size: 4 });
    expect(await verdict(env, saved)).toMatchObject({ intact: false, kind: "truncated", seq: 4 });
  });

  test("a copy of the register that went another way is a fork against the checkpoint", async () => {
    const { file, env } = await registerWith(3);
    const copy = path.join(path.dirname(file), "copy.db");
    fs.copyFileSync(file, copy);
    const copyEnv = { DPIA_REGISTER: copy };
    await withRegister({ env, write: true }, (register) => register.append("assessment", "INT-a", { branch: "a" }));
    await withRegister({ env: copyEnv, write: true }, (register) =>
      register.append("assessment", "INT-b", { branch: "b" }),
    );
    const saved = await withRegister(
      { env, write: false },
      async (register) => (await register.rows()).at(-1)!.checkpoint,
    );
    expect(await verdict(env, saved)).toMatchObject({ intact: true, size: 4 });
    expect(await verdict(copyEnv, saved)).toMatchObject({ intact: false, kind: "forked" });
  });

  test("a checkpoint of another register, or edited, is refused as input", async () => {
    const first = await registerWith(2);
    const other = await registerWith(2);
    const foreign = await withRegister(
      { env: other.env, write: false },
      async (register) => (await register.rows()).at(-1)!.checkpoint,
    );
    await expect(verdict(first.env, foreign)).rejects.toThrow(/signed by the register's key/);
    const own = await withRegister(
      { env: first.env, write: false },
      async (register) => (await register.rows()).at(-1)!.checkpoint,
    );
    await expect(verdict(first.env, own.replace(/\n2\n/, "\n3\n"))).rejects.toThrow(/does not verify/);
  });

  test("a corrupt file, a newer schema and a missing register are clear errors", async () => {
    const dir = tempFolder("dpia-register-bad-");
    const corrupt = path.join(dir, "corrupt.db");
    fs.writeFileSync(corrupt, "this is not a database".repeat(300));
    await expect(DpiaRegister.open({ env: { DPIA_REGISTER: corrupt }, write: true })).rejects.toThrow(
      /corrupt.db: .*cannot be read/,
    );
    await expect(
      DpiaRegister.open({ env: { DPIA_REGISTER: path.join(dir, "none.db") }, write: false }),
    ).rejects.toThrow(/none.db: an existing register/);
    const { file, env } = await registerWith(2);
    const db = openSqliteFile(file);
    db.exec("UPDATE dpia_register_meta SET value = '99' WHERE key = 'schema_version'");
    db.close();
    await expect(DpiaRegister.open({ env, write: true })).rejects.toThrow(/schema version 99 is newer/);
    await expect(DpiaRegister.open({ env, write: false })).rejects.toThrow(/schema version 99 is newer/);
  });

  test("another signing key, an empty or unknown register value: refused before anything is written", async () => {
    const { env } = await registerWith(2);
    const otherKey = path.join(tempFolder("dpia-other-key-"), "register.key");
    await expect(DpiaRegister.open({ env: { ...env, DPIA_REGISTER_KEY: otherKey }, write: true })).rejects.toThrow(
      /register.key: the signing key of the register .*this key is another one/,
    );
    await expect(DpiaRegister.open({ url: "", env: {}, write: true })).rejects.toThrow(
      /--register: a register: .*empty value/,
    );
    await expect(DpiaRegister.open({ env: { DPIA_REGISTER: "ftp://host/register" }, write: true })).rejects.toThrow(
      /unsupported scheme "ftp:"/,
    );
    expect(await verdict(env)).toMatchObject({ intact: true, size: 2 });
  });
});

describe("records read by kind", () => {
  test("the gate reads trust roots and exceptions only, and a kind column changed to hide a record is tampering", async () => {
    const { file, env } = await registerWith(4);
    await withRegister({ env, write: true }, (register) =>
      register.append("exception-approved", "EXC-1", { exception: { exception_id: "EXC-1" } }),
    );
    const kinds = ["trust-root", "exception-approved"] as const;
    const read = () => withRegister({ env, write: false }, (register) => register.verifiedRecords(kinds));
    expect((await read()).map((record) => [record.seq, record.kind])).toEqual([[4, "exception-approved"]]);
    tamper(file, "UPDATE dpia_records SET kind = 'assessment' WHERE seq = 4");
    await expect(read()).rejects.toThrow(/record 4: its stored kind column was changed .*not the record's own kind/);
    await expect(withRegister({ env, write: false }, (register) => register.verifiedRecords())).rejects.toThrow(
      /record 4: its stored kind column was changed/,
    );
  });
});
