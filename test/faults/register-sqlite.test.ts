import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { run, runDpia, runDpiaAsync } from "../helpers/run-cli";
import { tempFolder } from "../register/helpers";
import {
  APPROVED_INPUT,
  OTHER_INPUT,
  assessmentsIn,
  expectIntact,
  expectRegisterFault,
  PAUSE_APPEND,
  waitForFile,
} from "./register-fault-helpers";

const DPIA = path.resolve(__dirname, "../../bin/dpia.cjs");
/** Each test starts up to eight CLI processes, about a minute each on a loaded two-core machine. */
const FAULT_TEST = 8 * 60_000;

/** A register that already holds one approved run: 5 records: its creation, and a content and an assessment record of each DPIA. */
function registerWithOneRun(): { dir: string; file: string } {
  const dir = tempFolder("dpia-register-fault-");
  const file = path.join(dir, "register", "register.db");
  const first = runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd: dir });
  expect(first.status, first.output).toBe(0);
  expect(expectIntact(file)).toBe(5);
  return { dir, file };
}

/**
 * A register that holds one run of another input (blocked, exit 1): 5 records. It shares one DPIA with
 * APPROVED_INPUT (the provider configuration) but none of its content, so a run of APPROVED_INPUT must write
 * two content records of several pages each: an identical re-run appends too little to reach a file size limit.
 */
function registerWithAnotherInputsRun(): { dir: string; file: string } {
  const dir = tempFolder("dpia-register-fault-");
  const file = path.join(dir, "register", "register.db");
  const first = runDpia(["gate", OTHER_INPUT, "--register", file], { cwd: dir });
  expect(first.status, first.output).toBe(1);
  expect(expectIntact(file)).toBe(5);
  expect(assessmentsIn(file)).toEqual([0, 1]);
  return { dir, file };
}

/**
 * After a fault: the register verifies, nothing of the failed run is in it, and the next run records once:
 * one assessment of each DPIA, with `recordsOfNextRun` records in all (2 when its content is already stored,
 * 4 when both contents are new).
 */
function expectRecoveredOnce(
  file: string,
  records: number,
  assessments: number[],
  cwd: string,
  recordsOfNextRun = 2,
): void {
  expect(expectIntact(file)).toBe(records);
  expect(assessmentsIn(file)).toEqual(assessments);
  const next = runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd });
  expect(next.status, next.output).toBe(0);
  expect(expectIntact(file)).toBe(records + recordsOfNextRun);
  expect(assessmentsIn(file)).toEqual(assessments.map((count) => count + 1));
}

/**
 * Root may write any file whatever its mode: a read-only file is only read-only to someone else.
 * Run as root, the child is run as nobody (65534); otherwise as this user, for whom chmod suffices.
 */
function unprivileged(args: string[], cwd: string) {
  const home = tempFolder("dpia-fault-home-");
  fs.chmodSync(home, 0o777);
  const asNobody = process.getuid?.() === 0;
  const command = asNobody ? "setpriv" : process.execPath;
  const prefix = asNobody ? ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [];
  return run(command, [...prefix, DPIA, ...args], { cwd, env: { HOME: home } });
}

describe("the SQLite register on a full file system", () => {
  // No tmpfs without root: RLIMIT_FSIZE (prlimit --fsize) makes every write of the child past the
  // limit fail with EFBIG, as a full disk fails a write with ENOSPC; Node ignores SIGXFSZ. The limit
  // stays above SQLite's 32 KiB shared-memory file (-shm), so it is the run's records in the
  // write-ahead log that reach it: the two new contents take 44 KiB there (11 pages of 4 KiB).
  test(
    "a run that cannot write its records is exit 2 naming the register; nothing half-written stays",
    () => {
      const { dir, file } = registerWithAnotherInputsRun();
      const full = run(
        "prlimit",
        ["--fsize=36864", process.execPath, DPIA, "gate", APPROVED_INPUT, "--register", file],
        {
          cwd: dir,
        },
      );
      expectRegisterFault(full, file, /could not be written or read \(SQLITE_IOERR/);
      expectRecoveredOnce(file, 5, [0, 1], dir, 4);
    },
    FAULT_TEST,
  );

  test(
    "a new register that cannot be created is exit 2, and the next run creates it whole",
    () => {
      const dir = tempFolder("dpia-register-fault-new-");
      const file = path.join(dir, "register.db");
      const full = run(
        "prlimit",
        ["--fsize=4096", process.execPath, DPIA, "gate", APPROVED_INPUT, "--register", file],
        {
          cwd: dir,
        },
      );
      expectRegisterFault(full, file, /SQLITE_(IOERR|FULL)/);
      const next = runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd: dir });
      expect(next.status, next.output).toBe(0);
      expect(expectIntact(file)).toBe(5);
      expect(assessmentsIn(file)).toEqual([1, 1]);
    },
    FAULT_TEST,
  );
});

describe("a read-only SQLite register", () => {
  test(
    "a read-only folder, then a read-only file: exit 2 naming the register, and it stays intact",
    () => {
      const { dir, file } = registerWithOneRun();
      const folder = path.dirname(file);
      // The run must reach the database at all: the temporary folder (0700) and the key readable.
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(path.join(folder, "register.key"), 0o644);
      fs.chmodSync(file, 0o644);
      fs.chmodSync(folder, 0o555);
      const readOnlyFolder = unprivileged(["gate", APPROVED_INPUT, "--register", file], dir);
      expectRegisterFault(readOnlyFolder, file, /read-only \(SQLITE_READONLY|SQLITE_CANTOPEN/);
      fs.chmodSync(folder, 0o777);
      fs.chmodSync(file, 0o444);
      const readOnlyFile = unprivileged(["gate", APPROVED_INPUT, "--register", file], dir);
      expectRegisterFault(readOnlyFile, file, /read-only \(SQLITE_READONLY/);
      fs.chmodSync(file, 0o644);
      expectRecoveredOnce(file, 5, [1, 1], dir);
    },
    FAULT_TEST,
  );

  test(
    "a read-only working folder works when the register lives elsewhere",
    () => {
      const work = tempFolder("dpia-readonly-work-");
      const elsewhere = tempFolder("dpia-register-elsewhere-");
      fs.chmodSync(elsewhere, 0o777);
      fs.chmodSync(work, 0o555);
      const file = path.join(elsewhere, "register.db");
      const result = unprivileged(["gate", APPROVED_INPUT, "--register", file], work);
      expect(result.status, result.output).toBe(0);
      expect(fs.readdirSync(work)).toEqual([]);
      expect(expectIntact(file)).toBe(5);
    },
    FAULT_TEST,
  );
});

describe("a locked SQLite register", () => {
  test(
    "another process holding a write transaction: the busy timeout, then exit 2 naming the file, never a hang",
    async () => {
      const { dir, file } = registerWithOneRun();
      const holder = spawn(
        process.execPath,
        [
          "-e",
          `const sqlite = process.getBuiltinModule?.("node:sqlite");
         const db = sqlite ? new sqlite.DatabaseSync(${JSON.stringify(file)}) : require("better-sqlite3")(${JSON.stringify(file)});
         db.exec("BEGIN IMMEDIATE"); process.stdout.write("locked\\n");
         process.stdin.resume(); process.stdin.on("end", () => { db.exec("ROLLBACK"); db.close(); });`,
        ],
        { cwd: path.resolve(__dirname, "../.."), stdio: ["pipe", "pipe", "inherit"] },
      );
      await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
      try {
        const locked = runDpia(["gate", APPROVED_INPUT, "--register", file], {
          cwd: dir,
          env: { DPIA_REGISTER_BUSY_TIMEOUT: "1" },
        });
        expectRegisterFault(locked, file, /locked by another process .*\(SQLITE_BUSY\); nothing was recorded/);
        // Readers are not held up by a writer.
        expect(expectIntact(file)).toBe(5);
      } finally {
        holder.stdin.end();
        await new Promise((resolve) => holder.once("close", resolve));
      }
      expectRecoveredOnce(file, 5, [1, 1], dir);
    },
    FAULT_TEST,
  );
});

describe("a SQLite writer killed in the middle of its append", () => {
  test(
    "SIGKILL after the first record of the run is inserted: the next run and verify are intact, nothing twice or lost",
    async () => {
      const { dir, file } = registerWithOneRun();
      const marker = path.join(dir, "paused");
      const killed = runDpiaAsync(["gate", APPROVED_INPUT, "--register", file], {
        cwd: dir,
        node: ["--require", PAUSE_APPEND],
        env: { FAULT_PAUSE_MARKER: marker },
      });
      await waitForFile(marker, killed);
      process.kill(Number(fs.readFileSync(marker, "utf8")), "SIGKILL");
      const result = await killed;
      expect(result.signal).toBe("SIGKILL");
      expect(result.stdout).not.toMatch(/APPROVED/);
      expectRecoveredOnce(file, 5, [1, 1], dir);
    },
    FAULT_TEST,
  );
});
