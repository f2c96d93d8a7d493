import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Aspects, App } from "cdktf";
import { DpiaGate } from "../../aspects/dpia-gate";
import { AUTHORITY_KINDS } from "../../src/register/gate-authority";
import { DpiaRegister, withRegister } from "../../src/register/register";
import { runDpia } from "../helpers/run-cli";
import { bindingsStack } from "../helpers/stacks";
import { parseVerifierKey } from "../../src/register/signed-note";
import { readCheckpoint, verifyLog } from "../../src/register/verify-log";
import { tempFolder } from "./helpers";
import { postgresBin, startCluster, type Cluster } from "./postgres-cluster";

const root = path.resolve(__dirname, "../..");
// In CI PostgreSQL must be there (.ci/run installs it); elsewhere these tests need it installed.
const available = !!postgresBin() || !!process.env.CI;

describe.skipIf(!available)("PostgreSQL register (a throwaway cluster)", () => {
  let cluster: Cluster;
  let databases = 0;
  const keyFile = path.join(tempFolder("dpia-pg-key-"), "register.key");

  beforeAll(async () => {
    cluster = await startCluster();
  }, 180_000);
  afterAll(() => cluster?.stop());

  async function registerWith(records: number) {
    const name = `register_${++databases}`;
    const url = await cluster.createDatabase(name);
    const env = { DPIA_REGISTER: url, DPIA_REGISTER_KEY: keyFile };
    await withRegister({ env, write: true }, async (register) => {
      for (let i = 1; i < records; i++) await register.append("assessment", `INT-${i}`, { n: i });
    });
    return { name, url, env };
  }

  async function verdict(env: NodeJS.ProcessEnv, note?: string) {
    return withRegister({ env, write: false }, async (register) => {
      const checkpoint = note
        ? readCheckpoint(note, "checkpoint", register.meta.origin, parseVerifierKey(register.verifierKey)!)
        : undefined;
      return verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey, checkpoint);
    });
  }

  /** A superuser who switches the triggers off for the session, as a DBA could. */
  const tamper = (name: string, statements: string[]) =>
    cluster.sql(name, ["SET session_replication_role = replica", ...statements].join(";"));

  test("records are insert-only: a writer role without UPDATE/DELETE/TRUNCATE, and triggers that refuse them even to the owner", async () => {
    const { name, url } = await registerWith(3);
    await cluster.sql(
      name,
      `CREATE ROLE dpia_writer_${name} LOGIN; GRANT SELECT, INSERT ON dpia_records TO dpia_writer_${name}; GRANT SELECT, UPDATE ON dpia_register_size TO dpia_writer_${name}; GRANT SELECT, INSERT ON dpia_register_head TO dpia_writer_${name}; GRANT SELECT ON dpia_register_meta TO dpia_writer_${name}`,
    );
    const writerUrl = cluster.url(name, `dpia_writer_${name}`);
    await withRegister({ env: { DPIA_REGISTER: writerUrl, DPIA_REGISTER_KEY: keyFile }, write: true }, (register) =>
      register.append("assessment", "INT-by-writer", {}),
    );
    const asWriter = async (statement: string) => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: writerUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await expect(asWriter("UPDATE dpia_records SET subject = 'x'")).rejects.toThrow(/permission denied/);
    await expect(asWriter("DELETE FROM dpia_records")).rejects.toThrow(/permission denied/);
    await expect(asWriter("TRUNCATE dpia_records")).rejects.toThrow(/permission denied/);
    await expect(asWriter("UPDATE dpia_register_size SET size = 1")).rejects.toThrow(/only grows/);
    await expect(cluster.sql(name, "UPDATE dpia_records SET subject = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(cluster.sql(name, "DELETE FROM dpia_records WHERE seq = 2")).rejects.toThrow(/append-only/);
    await expect(cluster.sql(name, "TRUNCATE dpia_records")).rejects.toThrow(/append-only/);
    expect(await verdict({ DPIA_REGISTER: url })).toMatchObject({ intact: true, size: 4 });
  }, 300_000);

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
        "INSERT INTO dpia_records SELECT 2, kind, 'INT-forged', at, replace(replace(record, 'INT-1', 'INT-forged'), '\"seq\":1', '\"seq\":2'), leaf, root, checkpoint FROM dpia_records WHERE seq = 1",
      ],
      2,
    ],
    ["truncated", ["DELETE FROM dpia_records WHERE seq >= 4"], 4],
  ] as const)(
    "%s records are named",
    async (kind, statements, seq) => {
      const { name, env } = await registerWith(6);
      await tamper(name, [...statements]);
      expect(await verdict(env)).toMatchObject({ intact: false, kind, seq });
    },
    300_000,
  );

  test("a copy that went another way is a fork against a saved checkpoint", async () => {
    const { name, env } = await registerWith(3);
    const copyUrl = await cluster.createDatabase(`${name}_copy`, name);
    const copyEnv = { DPIA_REGISTER: copyUrl, DPIA_REGISTER_KEY: keyFile };
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
  }, 300_000);

  test("a database restored from an older dump is refused against the checkpoint saved in DPIA_REGISTER_CHECKPOINT", async () => {
    const { name, url, env } = await registerWith(3);
    await withRegister({ env, write: true }, (register) =>
      register.append("exception-approved", "EXC-1", { exception: { exception_id: "EXC-1" } }),
    );
    // The older copy: a database made from the register as it was before the revocation.
    const older = await cluster.createDatabase(`${name}_older`, name);
    await withRegister({ env, write: true }, (register) =>
      register.append("exception-revoked", "EXC-1", { exception_id: "EXC-1" }),
    );
    const saved = path.join(tempFolder("dpia-pg-saved-"), "saved.checkpoint");
    fs.writeFileSync(
      saved,
      await withRegister({ env, write: false }, async (register) => (await register.verifiedRows()).at(-1)!.checkpoint),
    );
    const kindsRead = (register: string) =>
      withRegister(
        { env: { ...env, DPIA_REGISTER: register, DPIA_REGISTER_CHECKPOINT: saved }, write: true },
        async (opened) => (await opened.verifiedRecords(AUTHORITY_KINDS)).map((record) => record.kind),
      );
    expect(await kindsRead(url)).toEqual(["exception-approved", "exception-revoked"]);
    await expect(kindsRead(older)).rejects.toThrow(/it holds 4 records, fewer than the checkpoint of 5 records/);
    await withRegister({ env: { ...env, DPIA_REGISTER: older }, write: true }, (register) =>
      register.appendAll([1, 2].map((i) => ({ kind: "assessment" as const, subject: `INT-later-${i}`, data: { i } }))),
    );
    await expect(kindsRead(older)).rejects.toThrow(/its first 5 records are not those of the checkpoint/);
  }, 300_000);

  test("a newer schema is refused; a server that is down is a clear error, exit 2 from the CLI", async () => {
    const { name, env } = await registerWith(2);
    await cluster.sql(name, "UPDATE dpia_register_meta SET value = '7' WHERE key = 'schema_version'");
    await expect(DpiaRegister.open({ env, write: true })).rejects.toThrow(/schema version 7 is newer/);
    const down = `postgres://dpia_admin:secret-password@127.0.0.1:1/none`;
    const result = runDpia(
      ["gate", path.join(root, "test", "fixtures", "three-forms", "plan.json"), "--register", down],
      {
        env: { DPIA_REGISTER_KEY: keyFile },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("a PostgreSQL register that accepts the connection");
    expect(result.stderr).toContain("ECONNREFUSED");
    expect(result.stderr).not.toContain("secret-password");
  }, 300_000);

  test("the real CLI gate records into PostgreSQL, and verify reads it", async () => {
    const url = await cluster.createDatabase("gate_cli");
    const dpia = (...args: string[]) => runDpia(args, { env: { DPIA_REGISTER: url, DPIA_REGISTER_KEY: keyFile } });
    expect(dpia("gate", path.join(root, "test", "fixtures", "three-forms", "plan.json")).status).toBe(1);
    const verified = dpia("register", "verify");
    expect(verified.stdout).toContain("INTACT");
    expect(verified.stdout).toContain("5 records");
    expect(dpia("register", "list").stdout).toContain("BLOCKED  Critical OAC-exporter-2c08fc");
  }, 300_000);

  test("the aspect records into PostgreSQL through its register option (a child process, cdktf being synchronous)", async () => {
    const url = await cluster.createDatabase("aspect_register");
    const previous = process.env.DPIA_REGISTER_KEY;
    process.env.DPIA_REGISTER_KEY = keyFile;
    try {
      const app = new App({ outdir: tempFolder("dpia-pg-aspect-") });
      Aspects.of(bindingsStack(app, "crm")).add(new DpiaGate({ register: url, quiet: true }));
      // This stack has a blocked client: synthesis throws, and both DPIAs are recorded all the same.
      expect(() => app.synth()).toThrow(/blocked by the DPIA gate/);
    } finally {
      if (previous === undefined) delete process.env.DPIA_REGISTER_KEY;
      else process.env.DPIA_REGISTER_KEY = previous;
    }
    const records = await withRegister({ url, env: { DPIA_REGISTER_KEY: keyFile }, write: false }, (register) =>
      register.verifiedRecords(),
    );
    const assessed = records.filter((record) => record.kind === "assessment").map((record) => record.subject);
    expect(assessed).toHaveLength(2);
    expect(assessed.some((id) => id.startsWith("INT-crm-"))).toBe(true);
  }, 300_000);
});
