// DPIA_REGISTER_CHECKPOINT: a register put back from an older copy (and with it an exception since
// revoked) verifies record by record; against a checkpoint saved outside the repository it does not.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { LocalRegister } from "../../src/register/local-register";
import { withRegister } from "../../src/register/register";
import { resolveRegister } from "../../src/register/register-location";
import { AUTHORITY_KINDS } from "../../src/register/gate-authority";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { openSqliteFile } from "../helpers/sqlite-file";
import { tempFolder } from "./helpers";

const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");

/** The latest checkpoint, as `dpia register checkpoint` prints it. */
async function checkpointOf(env: NodeJS.ProcessEnv): Promise<string> {
  return withRegister({ env, write: false }, async (register) => (await register.verifiedRows()).at(-1)!.checkpoint);
}

/**
 * A register with an approved exception (the old copy is taken then), whose exception is revoked
 * afterwards; the checkpoint saved after the revocation, outside the register's folder.
 */
async function revokedAfterCopy() {
  const dir = tempFolder("dpia-saved-");
  const file = path.join(dir, "register", "register.db");
  const env: NodeJS.ProcessEnv = { DPIA_REGISTER: file };
  await withRegister({ env, write: true }, async (register) => {
    await register.append("exception-approved", "EXC-1", { exception: { exception_id: "EXC-1" } });
    await register.appendAll([1, 2, 3].map((i) => ({ kind: "assessment" as const, subject: `INT-${i}`, data: { i } })));
  });
  const older = path.join(dir, "older.db");
  fs.copyFileSync(file, older);
  await withRegister({ env, write: true }, async (register) => {
    await register.append("exception-revoked", "EXC-1", { exception_id: "EXC-1" });
    await register.append("assessment", "INT-4", { i: 4 });
  });
  const saved = path.join(dir, "saved.checkpoint");
  fs.writeFileSync(saved, await checkpointOf(env));
  return { file, older, saved, env: { ...env, DPIA_REGISTER_CHECKPOINT: saved } };
}

const kindsRead = async (env: NodeJS.ProcessEnv) =>
  withRegister({ env, write: true }, async (register) =>
    (await register.verifiedRecords(AUTHORITY_KINDS)).map((record) => `${record.kind} ${record.subject}`),
  );

describe("a checkpoint saved outside the repository (DPIA_REGISTER_CHECKPOINT)", () => {
  test("the register that extends it is read as before, through the head and in-process alike", async () => {
    const { env } = await revokedAfterCopy();
    expect(await kindsRead(env)).toEqual(["exception-approved EXC-1", "exception-revoked EXC-1"]);
    await withRegister({ env, write: true }, (register) => register.append("assessment", "INT-5", { i: 5 }));
    expect(await kindsRead(env)).toEqual(["exception-approved EXC-1", "exception-revoked EXC-1"]);
    const where = resolveRegister(undefined, env, process.cwd());
    if (where.backend !== "sqlite") throw new Error("a SQLite register");
    const local = LocalRegister.open(where, env);
    try {
      expect(local.verifiedRecords(AUTHORITY_KINDS).map((record) => record.kind)).toEqual([
        "exception-approved",
        "exception-revoked",
      ]);
    } finally {
      local.close();
    }
  });

  test("an older copy put back (the revocation gone) is refused: it holds fewer records than the checkpoint", async () => {
    const { file, older, env } = await revokedAfterCopy();
    fs.copyFileSync(older, file);
    await expect(kindsRead({ ...env, DPIA_REGISTER_CHECKPOINT: undefined })).resolves.toEqual([
      "exception-approved EXC-1",
    ]);
    await expect(kindsRead(env)).rejects.toThrow(
      /tampered with: it holds 5 records, fewer than the checkpoint of 7 records saved in DPIA_REGISTER_CHECKPOINT: an older copy of the register was put back/,
    );
  });

  test("an older copy appended to past the checkpoint's size is refused: it holds another history", async () => {
    const { file, older, env } = await revokedAfterCopy();
    fs.copyFileSync(older, file);
    const unpinned = { ...env, DPIA_REGISTER_CHECKPOINT: undefined };
    for (const i of [5, 6, 7])
      await withRegister({ env: unpinned, write: true }, (register) =>
        register.append("assessment", `INT-${i}`, { i }),
      );
    await expect(kindsRead(env)).rejects.toThrow(
      /its first 7 records are not those of the checkpoint of 7 records saved in DPIA_REGISTER_CHECKPOINT: it holds another history/,
    );
  });

  test("the same, with the real register's head at the checkpoint's size copied in: the records after it do not lead to the head", async () => {
    const { file, older, env } = await revokedAfterCopy();
    const real = openSqliteFile(file);
    const head = real.prepare("SELECT size, frontier, checkpoint FROM dpia_register_head WHERE size = 7").get() as {
      size: number;
      frontier: string;
      checkpoint: string;
    };
    real.close();
    fs.copyFileSync(older, file);
    const unpinned = { ...env, DPIA_REGISTER_CHECKPOINT: undefined };
    await withRegister({ env: unpinned, write: true }, (register) =>
      register.appendAll([5, 6, 7, 8].map((i) => ({ kind: "assessment" as const, subject: `INT-${i}`, data: { i } }))),
    );
    const db = openSqliteFile(file);
    db.exec("DROP TRIGGER dpia_register_head_no_update; DROP TRIGGER dpia_register_head_no_delete;");
    db.prepare("INSERT INTO dpia_register_head (size, frontier, checkpoint) VALUES (?, ?, ?)").run(
      head.size,
      head.frontier,
      head.checkpoint,
    );
    db.close();
    await expect(kindsRead(env)).rejects.toThrow(/do not lead to its signed head: it holds another history/);
  });

  test("a checkpoint that is not this register's, or not a checkpoint, is an error naming the file", async () => {
    const { env, saved } = await revokedAfterCopy();
    const other = await revokedAfterCopy();
    await expect(kindsRead({ ...env, DPIA_REGISTER_CHECKPOINT: other.saved })).rejects.toThrow(
      `${other.saved}: a checkpoint signed by the register's key`,
    );
    fs.writeFileSync(saved, "not a checkpoint\n");
    await expect(kindsRead(env)).rejects.toThrow(`${saved}: a checkpoint signed by the register's key`);
    await expect(
      kindsRead({ ...env, DPIA_REGISTER_CHECKPOINT: path.join(path.dirname(saved), "none") }),
    ).rejects.toThrow(/none/);
  });

  test(
    "dpia gate on the older copy exits 2 naming the register, and records nothing",
    async () => {
      const { file, older, env } = await revokedAfterCopy();
      fs.copyFileSync(older, file);
      const gated = runDpia(["gate", plan], {
        cwd: path.dirname(older),
        env: env as Record<string, string>,
        timeout: CLI,
      });
      expect(gated.status, gated.output).toBe(2);
      expect(gated.stderr).toContain(`${file}: TAMPERED: the register was tampered with: it holds 5 records`);
      const db = openSqliteFile(file);
      expect((db.prepare("SELECT count(*) AS n FROM dpia_records").get() as { n: number }).n).toBe(5);
      db.close();
    },
    CLI,
  );

  test(
    "dpia register verify takes the saved checkpoint by default: the older copy is TAMPERED (exit 1); register key is not stopped by it",
    async () => {
      const { file, older, env } = await revokedAfterCopy();
      const cwd = path.dirname(older);
      const intact = runDpia(["register", "verify"], { cwd, env: env as Record<string, string>, timeout: CLI });
      expect(intact.status, intact.output).toBe(0);
      fs.copyFileSync(older, file);
      const verified = runDpia(["register", "verify"], { cwd, env: env as Record<string, string>, timeout: CLI });
      expect(verified.status, verified.output).toBe(1);
      expect(verified.stdout).toContain("TAMPERED (truncated)");
      expect(verified.stdout).toContain("a checkpoint signed 7 records, 5 are left");
      fs.writeFileSync(env.DPIA_REGISTER_CHECKPOINT!, "not a checkpoint\n");
      const key = runDpia(["register", "key", "--fingerprint"], {
        cwd,
        env: env as Record<string, string>,
        timeout: CLI,
      });
      expect(key.status, key.output).toBe(0);
      expect(key.stdout).toMatch(/^sha256:[0-9a-f]{64}$/m);
    },
    CLI,
  );

  test("nothing is appended onto an older copy, even by a writer that reads nothing first", async () => {
    const { file, older, env } = await revokedAfterCopy();
    fs.copyFileSync(older, file);
    await expect(
      withRegister({ env, write: true }, (register) => register.append("assessment", "INT-onto-older", {})),
    ).rejects.toThrow(/fewer than the checkpoint of 7 records.*; nothing was recorded/);
    const db = openSqliteFile(file);
    expect((db.prepare("SELECT count(*) AS n FROM dpia_records").get() as { n: number }).n).toBe(5);
    db.close();
  });

  test("a saved copy with CRLF, blank lines around it or no final newline is the same checkpoint; a blank variable is an error", async () => {
    const { env, saved } = await revokedAfterCopy();
    const text = fs.readFileSync(saved, "utf8");
    for (const copy of [text.replace(/\n/g, "\r\n"), `\n${text}\n\n`, text.trimEnd(), `${text.trimEnd()}  \n`]) {
      fs.writeFileSync(saved, copy);
      expect(await kindsRead(env)).toEqual(["exception-approved EXC-1", "exception-revoked EXC-1"]);
    }
    await expect(kindsRead({ ...env, DPIA_REGISTER_CHECKPOINT: "  " })).rejects.toThrow(
      "DPIA_REGISTER_CHECKPOINT: the path of a checkpoint saved with dpia register checkpoint, but it is set and blank",
    );
  });
});
