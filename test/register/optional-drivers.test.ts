import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { sqliteDriver } from "../../src/register/backends/sqlite-driver";
import { APPROVED_INPUT, expectIntact, expectRegisterFault } from "../faults/register-fault-helpers";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia, type RunResult } from "../helpers/run-cli";
import { tempFolder } from "./helpers";

/** Makes the dpia child look like a Node.js without these modules (see the file). */
const HIDE = path.join(__dirname, "fixtures", "hide-modules.cjs");

/** node:sqlite is built in, unflagged, from Node.js 22.13 (and 23.4) on. */
function hasBuiltInSqlite(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 13);
}

/** Whether better-sqlite3's native module loads in this Node.js (it is built for one Node.js ABI). */
function betterSqlite3Loads(): boolean {
  try {
    const Database = require("better-sqlite3") as new (file: string) => { close(): void };
    new Database(":memory:").close();
    return true;
  } catch {
    return false;
  }
}

/** A gate run over an approved configuration into a new register, with modules hidden and its loaded modules listed. */
/** One approved run of APPROVED_INPUT: the register's creation, then each of its 2 DPIAs' content and assessment. */
const APPROVED_RUN_RECORDS = 5;

function gate(hide: string[], register?: string): { run: RunResult; file: string; modules: string[] } {
  const dir = tempFolder("dpia-drivers-");
  const file = register ?? path.join(dir, "register.db");
  const list = path.join(dir, "modules.json");
  const tracer = path.join(dir, "tracer.cjs");
  fs.writeFileSync(
    tracer,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const run = runDpia(["gate", APPROVED_INPUT, "--register", file], {
    cwd: dir,
    node: ["--require", HIDE, "--require", tracer],
    env: { DPIA_TEST_HIDE: hide.join(",") },
  });
  const modules = JSON.parse(fs.readFileSync(list, "utf8")) as string[];
  return { run, file, modules };
}

const loaded = (modules: string[], name: string) =>
  modules.some((file) => file.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`));

describe("the register's database drivers: node:sqlite where Node.js has it, better-sqlite3 and pg only when installed and needed", () => {
  test("the driver is node:sqlite from Node.js 22.13 on, better-sqlite3 before", () => {
    expect(sqliteDriver(":memory:").name).toBe(hasBuiltInSqlite() ? "node:sqlite" : "better-sqlite3");
  });

  test(
    "a SQLite register loads neither pg nor (where node:sqlite is built in) better-sqlite3, and prints no experimental warning",
    () => {
      const { run, file, modules } = gate([]);
      expect(run.status, run.output).toBe(0);
      expect(run.stderr).not.toMatch(/ExperimentalWarning|experimental feature/);
      expect(loaded(modules, "pg")).toBe(false);
      expect(loaded(modules, "better-sqlite3")).toBe(!hasBuiltInSqlite());
      expect(expectIntact(file)).toBe(APPROVED_RUN_RECORDS);
    },
    CLI,
  );

  test(
    "no node:sqlite and no better-sqlite3 (Node.js 20 without it): exit 2 saying what to install, nothing created",
    () => {
      const { run, file } = gate(["node:sqlite", "better-sqlite3"]);
      expectRegisterFault(
        run,
        file,
        /a SQLite driver for the register, but this Node\.js \(v[\d.]+\) has no built-in node:sqlite .*npm install --save-dev better-sqlite3@12/,
      );
      expect(fs.existsSync(file)).toBe(false);
      const verify = runDpia(["register", "verify", "--register", file], {
        node: ["--require", HIDE],
        env: { DPIA_TEST_HIDE: "node:sqlite,better-sqlite3" },
      });
      expect(verify.status, verify.output).toBe(2);
      expect(verify.stderr).not.toContain("internal error");
    },
    CLI,
  );

  test(
    "no node:sqlite: better-sqlite3 keeps the register when it loads, else exit 2 saying to rebuild it (never a 'failed register')",
    () => {
      const { run, file } = gate(["node:sqlite"]);
      if (betterSqlite3Loads()) {
        expect(run.status, run.output).toBe(0);
        expect(expectIntact(file)).toBe(APPROVED_RUN_RECORDS);
      } else {
        // Here better-sqlite3 was built for another Node.js, as a node_modules kept across a Node.js upgrade is.
        expectRegisterFault(
          run,
          file,
          /better-sqlite3 is installed and it was built for another Node\.js \(NODE_MODULE_VERSION \d+; this Node\.js v[\d.]+ needs \d+\): run `npm rebuild better-sqlite3`/,
        );
        expect(fs.existsSync(file)).toBe(false);
      }
    },
    CLI,
  );

  test(
    "a postgres:// register without pg installed: exit 2 saying to install pg, and the password never shown",
    () => {
      const url = "postgres://dpia:s3cret-pw@127.0.0.1:1/register";
      const { run } = gate(["pg"], url);
      expectRegisterFault(
        run,
        "postgres://dpia:***@127.0.0.1:1/register",
        /the pg package for a PostgreSQL register, but it is not installed: .*npm install --save-dev pg@8/,
      );
      expect(run.output).not.toContain("s3cret-pw");
    },
    CLI,
  );
});
