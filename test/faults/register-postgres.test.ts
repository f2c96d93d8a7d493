import * as fs from "node:fs";
import * as path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runDpia, runDpiaAsync } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";
import { postgresBin, startCluster, type Cluster } from "../register/postgres-cluster";
import {
  APPROVED_DPIAS,
  APPROVED_INPUT,
  expectIntact,
  expectRegisterFault,
  PAUSE_APPEND,
  waitForFile,
} from "./register-fault-helpers";

// As test/register/postgres.test.ts: in CI PostgreSQL must be there (.ci/run installs it).
const available = !!postgresBin() || !!process.env.CI;
/** Each test starts up to eight CLI processes, about a minute each on a loaded two-core machine. */
const FAULT_TEST = 8 * 60_000;

describe.skipIf(!available)("the PostgreSQL register when the server fails (a throwaway cluster)", () => {
  let cluster: Cluster;
  let databases = 0;
  const work = tempFolder("dpia-pg-fault-work-");
  const env = { DPIA_REGISTER_KEY: path.join(work, "register.key") };

  beforeAll(async () => {
    cluster = await startCluster();
  }, 180_000);
  afterAll(() => cluster?.stop());

  /** A database holding one approved run (5 records: its creation, and a content and an assessment record of each DPIA); `shown` is how messages name it. */
  async function registerWithOneRun() {
    const name = `faults_${++databases}`;
    const url = await cluster.createDatabase(name);
    const first = runDpia(["gate", APPROVED_INPUT, "--register", url], { cwd: work, env });
    expect(first.status, first.output).toBe(0);
    expect(expectIntact(url, env)).toBe(5);
    return { name, url, shown: `postgres://dpia_admin@127.0.0.1:${cluster.port}/${name}` };
  }

  async function assessments(name: string): Promise<number[]> {
    const counts = await cluster.sql(
      name,
      `SELECT subject, count(*)::int AS n FROM dpia_records WHERE kind = 'assessment' GROUP BY subject`,
    );
    const bySubject = new Map(counts.rows.map((row: { subject: string; n: number }) => [row.subject, row.n]));
    return APPROVED_DPIAS.map((id) => bySubject.get(id) ?? 0);
  }

  /** After a fault: intact, nothing of the failed run in it, and the next run records once. */
  async function expectRecoveredOnce(name: string, url: string): Promise<void> {
    expect(expectIntact(url, env)).toBe(5);
    expect(await assessments(name)).toEqual([1, 1]);
    const next = runDpia(["gate", APPROVED_INPUT, "--register", url], { cwd: work, env });
    expect(next.status, next.output).toBe(0);
    expect(expectIntact(url, env)).toBe(7);
    expect(await assessments(name)).toEqual([2, 2]);
  }

  test(
    "stopped between runs: exit 2 naming the host and port, at once; after a restart it is intact",
    async () => {
      const { name, url, shown } = await registerWithOneRun();
      cluster.halt();
      try {
        const down = runDpia(["gate", APPROVED_INPUT, "--register", url], { cwd: work, env });
        expectRegisterFault(down, shown, /refused it \(ECONNREFUSED\)/);
        const verify = runDpia(["register", "verify", "--register", url], { cwd: work, env });
        expectRegisterFault(verify, shown, /ECONNREFUSED/);
      } finally {
        cluster.restart();
      }
      await expectRecoveredOnce(name, url);
    },
    FAULT_TEST,
  );

  test(
    "stopped in the middle of an append (immediate shutdown): exit 2, no hang, nothing half-recorded",
    async () => {
      const { name, url, shown } = await registerWithOneRun();
      const marker = path.join(work, `paused-${name}`);
      const release = path.join(work, `release-${name}`);
      const child = runDpiaAsync(["gate", APPROVED_INPUT, "--register", url], {
        cwd: work,
        node: ["--require", PAUSE_APPEND],
        env: { ...env, FAULT_PAUSE_MARKER: marker, FAULT_RELEASE_FILE: release },
      });
      await waitForFile(marker, child);
      cluster.halt();
      try {
        fs.writeFileSync(release, "");
        expectRegisterFault(await child, shown, /connection was lost|57P0[12]|ECONNREFUSED|ECONNRESET/);
      } finally {
        cluster.restart();
      }
      await expectRecoveredOnce(name, url);
    },
    FAULT_TEST,
  );

  test(
    "a writer killed in the middle of its append: the server rolls it back, the next run records once",
    async () => {
      const { name, url } = await registerWithOneRun();
      const marker = path.join(work, `paused-${name}`);
      const child = runDpiaAsync(["gate", APPROVED_INPUT, "--register", url], {
        cwd: work,
        node: ["--require", PAUSE_APPEND],
        env: { ...env, FAULT_PAUSE_MARKER: marker, FAULT_RELEASE_FILE: path.join(work, "never") },
      });
      await waitForFile(marker, child);
      process.kill(Number(fs.readFileSync(marker, "utf8")), "SIGKILL");
      const result = await child;
      expect(result.signal).toBe("SIGKILL");
      await expectRecoveredOnce(name, url);
    },
    FAULT_TEST,
  );

  test(
    "another writer holding the register's lock past lock_timeout: exit 2, nothing recorded",
    async () => {
      const { name, url, shown } = await registerWithOneRun();
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      try {
        await holder.query("SELECT pg_advisory_lock($1)", [0x44504941]);
        const locked = runDpia(["gate", APPROVED_INPUT, "--register", `${url}?lock_timeout=1000`], { cwd: work, env });
        expectRegisterFault(
          locked,
          `${shown}?lock_timeout=1000`,
          /locked by another writer past lock_timeout \(55P03\)/,
        );
        // The client's own limit, which also ends the wait for a server that stopped answering.
        const waiting = runDpia(["gate", APPROVED_INPUT, "--register", `${url}?query_timeout=1000`], {
          cwd: work,
          env,
        });
        expectRegisterFault(waiting, `${shown}?query_timeout=1000`, /a query had no answer within query_timeout/);
      } finally {
        await holder.end();
      }
      await expectRecoveredOnce(name, url);
    },
    FAULT_TEST,
  );

  test(
    "no such database, no such role: exit 2 with the server's SQLSTATE, never an internal error",
    () => {
      const missing = cluster.url("no_such_database");
      expectRegisterFault(
        runDpia(["gate", APPROVED_INPUT, "--register", missing], { cwd: work, env }),
        missing,
        /an existing PostgreSQL database \(3D000: database "no_such_database" does not exist\)/,
      );
      const stranger = cluster.url("postgres", "no_such_role");
      expectRegisterFault(
        runDpia(["register", "verify", "--register", stranger], { cwd: work, env }),
        stranger,
        /refused it \(28000: role "no_such_role" does not exist\)/,
      );
    },
    FAULT_TEST,
  );
});
