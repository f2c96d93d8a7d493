import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { AUTHORITY_KINDS } from "../../src/register/gate-authority";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import type { SqliteConnection, SqliteValue } from "../../src/register/backends/sqlite-driver";
import { openSqliteFile, sqliteConnectionPrototype } from "../helpers/sqlite-file";
import { tempFolder } from "./helpers";

/** A register of a few appends, one with a trust-root-kind record and one with several records. */
async function registerWithHistory(): Promise<{ file: string; env: NodeJS.ProcessEnv }> {
  const file = path.join(tempFolder("dpia-head-"), "register.db");
  const env = { DPIA_REGISTER: file };
  await withRegister({ env, write: true }, async (register) => {
    await register.append("exception-approved", "EXC-1", { exception: { exception_id: "EXC-1" } });
    await register.appendAll(
      Array.from({ length: 5 }, (_, i) => ({ kind: "assessment" as const, subject: `INT-${i}`, data: { i } })),
    );
  });
  return { file, env };
}

const sizeOf = (file: string) => {
  const db = openSqliteFile(file);
  const count = (db.prepare("SELECT count(*) AS n FROM dpia_records").get() as { n: number }).n;
  db.close();
  return Number(count);
};

async function fullVerdict(env: NodeJS.ProcessEnv) {
  return withRegister({ env, write: false }, async (register) => {
    const { rows, meta, heads } = await register.snapshot();
    return verifyLog(rows, meta, register.verifierKey, undefined, { heads });
  });
}

/** What someone with write access to the file does to the head: drop its triggers, then change it. */
function tamperHead(file: string, statement: string): void {
  const db = openSqliteFile(file);
  db.exec("DROP TRIGGER dpia_register_head_no_update; DROP TRIGGER dpia_register_head_no_delete;");
  db.exec(statement);
  db.close();
}

describe("the register's head: a run's cost does not grow with the log (issue 28)", () => {
  test("an append of several records is signed once, by its last record, which is also the head", async () => {
    const { file, env } = await registerWithHistory();
    const db = openSqliteFile(file);
    const rows = db.prepare("SELECT seq, checkpoint FROM dpia_records ORDER BY seq").all() as Array<{
      seq: number;
      checkpoint: string;
    }>;
    const heads = db.prepare("SELECT size, checkpoint FROM dpia_register_head ORDER BY size").all() as Array<{
      size: number;
      checkpoint: string;
    }>;
    db.close();
    expect(rows.filter((row) => row.checkpoint !== "").map((row) => Number(row.seq))).toEqual([0, 1, 6]);
    expect(heads.map((head) => Number(head.size))).toEqual([1, 2, 7]);
    expect(heads.at(-1)!.checkpoint).toBe(rows.at(-1)!.checkpoint);
    expect(await fullVerdict(env)).toMatchObject({ intact: true, size: 7 });
  });

  test("reading the trust roots and exceptions and appending read neither the whole log nor every record", async () => {
    const { env } = await registerWithHistory();
    const prepare = vi.spyOn(sqliteConnectionPrototype(), "prepare");
    try {
      await withRegister({ env, write: true }, async (register) => {
        expect((await register.verifiedRecords(AUTHORITY_KINDS)).map((record) => record.subject)).toEqual(["EXC-1"]);
        await register.append("assessment", "INT-next", { next: true });
      });
      const statements = prepare.mock.calls.map(([sql]) => String(sql));
      expect(statements.filter((sql) => /FROM dpia_records ORDER BY seq/.test(sql))).toEqual([]);
      expect(statements.some((sql) => /FROM dpia_records WHERE kind IN/.test(sql))).toBe(true);
    } finally {
      prepare.mockRestore();
    }
    expect(await fullVerdict(env)).toMatchObject({ intact: true, size: 8 });
  });

  const HEAD_TAMPERS: ReadonlyArray<{ what: string; sql: string }> = [
    {
      what: "its frontier replaced by another head's",
      sql: "UPDATE dpia_register_head SET frontier = (SELECT frontier FROM dpia_register_head WHERE size = 2) WHERE size = 7",
    },
    {
      what: "its checkpoint replaced by an older one",
      sql: "UPDATE dpia_register_head SET checkpoint = (SELECT checkpoint FROM dpia_register_head WHERE size = 2) WHERE size = 7",
    },
    { what: "the latest head deleted (an older one left)", sql: "DELETE FROM dpia_register_head WHERE size = 7" },
    {
      what: "a head added beyond the log",
      sql: "INSERT INTO dpia_register_head (size, frontier, checkpoint) SELECT 8, frontier, checkpoint FROM dpia_register_head WHERE size = 7",
    },
  ];

  for (const { what, sql } of HEAD_TAMPERS)
    test(`a head edited behind the register's back (${what}): the gate refuses to read or append, verify says so`, async () => {
      const { file, env } = await registerWithHistory();
      tamperHead(file, sql);
      const refused = /TAMPERED: the register was tampered with.*head/;
      await expect(
        withRegister({ env, write: true }, (register) => register.verifiedRecords(AUTHORITY_KINDS)),
      ).rejects.toThrow(refused);
      await expect(
        withRegister({ env, write: true }, (register) => register.append("assessment", "INT-after", { after: true })),
      ).rejects.toThrow(/tampered with.*head.*nothing was recorded/);
      expect(sizeOf(file)).toBe(7);
      // The records are intact; what verify reports is the head, which is not the log's.
      expect(await fullVerdict(env)).toMatchObject({
        intact: false,
        kind: "edited",
        message: expect.stringMatching(/head/),
      });
    });

  // The gate starts from the latest head only; verify holds every stored head to the log.
  const SUPERSEDED_TAMPERS: ReadonlyArray<{ what: string; sql: string; says: RegExp }> = [
    {
      what: "a superseded head's checkpoint replaced by the latest one's",
      sql: "UPDATE dpia_register_head SET checkpoint = (SELECT checkpoint FROM dpia_register_head WHERE size = 7) WHERE size = 2",
      says: /^record 1: the register's head of 2 records \(superseded since\) was changed/,
    },
    {
      what: "a head put in between two appends",
      sql: "INSERT INTO dpia_register_head (size, frontier, checkpoint) SELECT 4, frontier, checkpoint FROM dpia_register_head WHERE size = 2",
      says: /^record 3: the register's head of 4 records \(superseded since\) was changed/,
    },
  ];

  for (const { what, sql, says } of SUPERSEDED_TAMPERS)
    test(`${what}: verify names it, though the gate never reads that head`, async () => {
      const { file, env } = await registerWithHistory();
      expect(await fullVerdict(env)).toMatchObject({ intact: true, size: 7 });
      tamperHead(file, sql);
      expect(await fullVerdict(env)).toMatchObject({
        intact: false,
        kind: "edited",
        message: expect.stringMatching(says),
      });
    });

  const PUT_IN: ReadonlyArray<{ what: string; sql: string }> = [
    {
      what: "a copy of the exception numbered -1",
      sql: `INSERT INTO dpia_records (seq, kind, subject, at, record, leaf, root, checkpoint)
            SELECT -1, kind, subject, at, replace(record, '"seq":1,', '"seq":-1,'), leaf, root, checkpoint FROM dpia_records WHERE seq = 1`,
    },
    {
      what: "a content row at -1 claiming a snapshot is stored, so that the next run would not store it",
      sql: `INSERT INTO dpia_records (seq, kind, subject, at, record, leaf, root, checkpoint)
            SELECT -1, 'content', 'sha256:${"0".repeat(64)}', at, record, leaf, root, checkpoint FROM dpia_records WHERE seq = 2`,
    },
  ];

  for (const { what, sql } of PUT_IN)
    test(`a record put in outside the log (${what}): the gate refuses to read or append, nothing is recorded`, async () => {
      const { file, env } = await registerWithHistory();
      const db = openSqliteFile(file);
      db.exec(sql);
      db.close();
      await expect(
        withRegister({ env, write: true }, (register) => register.verifiedRecords(AUTHORITY_KINDS)),
      ).rejects.toThrow(/TAMPERED: the register was tampered with/);
      await expect(
        withRegister({ env, write: true }, (register) => register.append("assessment", "INT-after", { after: true })),
      ).rejects.toThrow(/put in or taken out.*nothing was recorded/);
      expect(sizeOf(file)).toBe(8);
      expect(await fullVerdict(env)).toMatchObject({
        intact: false,
        kind: "inserted",
        message: "record 0: a row numbered -1 was put in beside the log's records",
      });
    });

  test("records missing from the read by kind alone (a damaged index) are refused; the message tells that from tampering", async () => {
    const { env } = await registerWithHistory();
    const connection = sqliteConnectionPrototype();
    const prepare = connection.prepare;
    // What a damaged index of dpia_records_kind gives: the table holds record 1, the read by kind misses it.
    const spy = vi.spyOn(connection, "prepare").mockImplementation(function (this: SqliteConnection, sql: string) {
      const statement = prepare.call(this, sql);
      if (!/FROM dpia_records WHERE kind IN/.test(sql)) return statement;
      return {
        get: (...params: SqliteValue[]) => statement.get(...params),
        run: (...params: SqliteValue[]) => statement.run(...params),
        all: (...params: SqliteValue[]) =>
          statement.all(...params).filter((row) => Number((row as { seq: number }).seq) !== 1),
      };
    });
    try {
      await expect(
        withRegister({ env, write: true }, (register) => register.verifiedRecords(AUTHORITY_KINDS)),
      ).rejects.toThrow(
        /its exception-approved records are not the ones the register signed \(0 found, 1 signed\).*REINDEX dpia_records_kind/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(await fullVerdict(env)).toMatchObject({ intact: true });
  });

  test("an edited exception record is refused by the gate's read through the head, naming the record", async () => {
    const { file, env } = await registerWithHistory();
    const db = openSqliteFile(file);
    db.exec(
      "DROP TRIGGER dpia_records_no_update; UPDATE dpia_records SET record = replace(record, 'EXC-1\"}', 'EXC-2\"}') WHERE seq = 1",
    );
    db.close();
    await expect(
      withRegister({ env, write: true }, (register) => register.verifiedRecords(AUTHORITY_KINDS)),
    ).rejects.toThrow(/tampered with \(edited\): record 1/);
  });
});

describe("a register of schema version 2 keeps working", () => {
  const fixture = path.join(__dirname, "fixtures", "v2-register");

  test("it is read, appended to (its first head made from the whole log, verified once) and verifies", async () => {
    const folder = tempFolder("dpia-v2-");
    for (const name of ["register.db", "register.key"])
      fs.copyFileSync(path.join(fixture, name), path.join(folder, name));
    fs.chmodSync(path.join(folder, "register.key"), 0o600);
    const env = { DPIA_REGISTER: path.join(folder, "register.db") };
    const before = await withRegister({ env, write: false }, async (register) => register.verifiedRecords());
    expect(before).toHaveLength(5); // its creation and four assessments (content records are read with them)
    await withRegister({ env, write: true }, async (register) => {
      expect(register.meta.schemaVersion).toBe(3);
      expect(await register.verifiedRecords(AUTHORITY_KINDS)).toEqual([]);
      await register.appendAll([
        { kind: "assessment", subject: "INT-after-upgrade", data: { n: 1 } },
        { kind: "assessment", subject: "INT-after-upgrade-2", data: { n: 2 } },
      ]);
      await register.append("exception-approved", "EXC-9", { exception: { exception_id: "EXC-9" } });
      expect((await register.verifiedRecords(AUTHORITY_KINDS)).map((record) => record.seq)).toEqual([9]);
    });
    expect(await fullVerdict(env)).toMatchObject({ intact: true, size: 10 });
    const after = await withRegister({ env, write: false }, async (register) => register.verifiedRecords());
    expect(after.slice(0, 5)).toEqual(before);
  });
});
