import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runDpia, type RunResult } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";
import { postgresBin, startCluster, type Cluster } from "../register/postgres-cluster";
import {
  DERIVED_COLUMN_TAMPERS,
  expectGateOnTampered,
  expectPlainRefusal,
  plan,
  repo,
} from "./register-integrity-cases";

// In CI PostgreSQL must be there (.ci/run installs it); elsewhere these tests need it installed.
const available = !!postgresBin() || !!process.env.CI;

describe.skipIf(!available)("PostgreSQL register: derived columns and the pinned key, with the real CLI", () => {
  let cluster: Cluster;
  let databases = 0;
  const dir = tempFolder("dpia-integrity-pg-");
  const signingKey = path.join(tempFolder("dpia-integrity-pg-key-"), "register.key");

  const dpia = (url: string, env: Record<string, string>, ...args: string[]): RunResult =>
    runDpia(args, { cwd: dir, env: { DPIA_REGISTER: url, DPIA_REGISTER_SIGNING_KEY: signingKey, ...env } });
  const recordCount = async (name: string) =>
    Number((await cluster.sql(name, "SELECT count(*) AS n FROM dpia_records")).rows[0].n);
  /** A copy of the base register of five records, as its own database. */
  const copy = async () => {
    const name = `integrity_${++databases}`;
    return { name, url: await cluster.createDatabase(name, "integrity_base") };
  };
  /** A superuser who switches the triggers off for the session, as a DBA could. */
  const tamper = (name: string, sql: string) => cluster.sql(name, `SET session_replication_role = replica; ${sql}`);

  beforeAll(async () => {
    cluster = await startCluster();
    fs.copyFileSync(path.join(repo, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
    const url = await cluster.createDatabase("integrity_base");
    expect(dpia(url, {}, "gate", plan).status).toBe(1);
    expect(dpia(url, {}, "gate", plan).status).toBe(1);
    expect(await recordCount("integrity_base")).toBe(7);
  }, 300_000);
  afterAll(() => cluster?.stop());

  test.each(DERIVED_COLUMN_TAMPERS)(
    "the $column column of one row changed: verify exit 1 naming the row; the gate refuses it if it reads the row, and never hides it",
    async (tampering) => {
      const { name, url } = await copy();
      await tamper(name, tampering.sql);
      const verified = dpia(url, {}, "register", "verify");
      expect(verified.status, verified.output).toBe(1);
      expect(verified.stdout).toMatch(/^TAMPERED \((edited|deleted)\) /);
      expect(verified.stdout).toMatch(tampering.says);
      expectGateOnTampered(dpia(url, {}, "gate", plan), tampering, `127.0.0.1:${cluster.port}/${name}`, () =>
        dpia(url, {}, "register", "verify"),
      );
      expect(await recordCount(name)).toBe(tampering.gateSees ? 7 : 9);
    },
    180_000,
  );

  test("pinned: the register is used as before; a fresh one made with another key is refused and TAMPERED; an empty database is not made a register", async () => {
    const { name, url } = await copy();
    const pin = dpia(url, {}, "register", "key", "--fingerprint").stdout.trim();
    expect(pin).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dpia(url, { DPIA_REGISTER_KEY: pin }, "gate", plan).status).toBe(1);
    expect(await recordCount(name)).toBe(9);

    const fresh = await cluster.createDatabase(`integrity_fresh_${++databases}`);
    const freshName = `integrity_fresh_${databases}`;
    const empty = dpia(fresh, { DPIA_REGISTER_KEY: pin }, "gate", plan);
    expectPlainRefusal(empty, freshName, /DPIA_REGISTER_KEY pins .* but there is none here/);
    const tables = await cluster.sql(freshName, "SELECT to_regclass('dpia_records') IS NULL AS none");
    expect(tables.rows[0].none).toBe(true);

    const otherKey = path.join(tempFolder("dpia-integrity-pg-other-"), "register.key");
    expect(dpia(fresh, { DPIA_REGISTER_SIGNING_KEY: otherKey }, "gate", plan).status).toBe(1);
    const replaced = dpia(fresh, { DPIA_REGISTER_KEY: pin, DPIA_REGISTER_SIGNING_KEY: otherKey }, "gate", plan);
    expectPlainRefusal(replaced, freshName, /not the one DPIA_REGISTER_KEY pins/);
    expect(replaced.stderr).toContain(pin);
    expect(await recordCount(freshName)).toBe(5);
    const verified = dpia(fresh, { DPIA_REGISTER_KEY: pin }, "register", "verify");
    expect(verified.status, verified.output).toBe(1);
    expect(verified.stdout).toMatch(/^TAMPERED \(replaced\) .*the register's key is sha256:[0-9a-f]{64}, not the one/);
  }, 400_000);
});
