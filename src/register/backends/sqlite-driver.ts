import { InputError } from "../../validation/input-error";
import { betterSqlite3Driver } from "./better-sqlite3-driver";
import { nodeSqliteDriver } from "./node-sqlite-driver";

/** A value bound to a statement's `?`: what the register stores (text and whole numbers). */
export type SqliteValue = string | number | null;

/**
 * What the register needs of a SQLite database: the part that node:sqlite's DatabaseSync and
 * better-sqlite3's Database share, so that either is used as it is, through the same SQL.
 */
export interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): {
    get(...params: SqliteValue[]): unknown;
    all(...params: SqliteValue[]): unknown[];
    run(...params: SqliteValue[]): unknown;
  };
  close(): unknown;
}

/** One way to reach SQLite; `open` creates the file unless it must exist. */
export interface SqliteDriver {
  readonly name: "node:sqlite" | "better-sqlite3";
  open(file: string, options: { mustExist: boolean }): SqliteConnection;
}

/**
 * The built-in node:sqlite when this Node.js has it (22.13 and later), else better-sqlite3 when it
 * is installed (an optional peer dependency, for Node.js 20), else exit 2 saying what to install.
 */
export function sqliteDriver(file: string, candidates = DRIVERS): SqliteDriver {
  for (const load of candidates) {
    const driver = load(file);
    if (driver) return driver;
  }
  throw new InputError([{ file, location: "", expected: noDriverMessage() }]);
}

const DRIVERS: ReadonlyArray<(file: string) => SqliteDriver | undefined> = [nodeSqliteDriver, betterSqlite3Driver];

function noDriverMessage(): string {
  return (
    `a SQLite driver for the register, but this Node.js (${process.version}) has no built-in node:sqlite ` +
    `(Node.js 22.13 and later have it) and better-sqlite3 is not installed: run on Node.js 22 or 24, ` +
    `or install better-sqlite3 beside genesys-dpia-gate (npm install --save-dev better-sqlite3@12)`
  );
}
