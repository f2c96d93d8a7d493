import { sqliteDriver, type SqliteConnection } from "../../src/register/backends/sqlite-driver";

/**
 * A register's SQLite file opened by a test (to tamper with it or count its rows) through the driver
 * the register itself uses on this Node.js: node:sqlite where it is built in, else better-sqlite3.
 * So the same tests run on both, and never need a native module built for another Node.js.
 */
export function openSqliteFile(file: string): SqliteConnection {
  return sqliteDriver(file).open(file, { mustExist: file !== ":memory:" });
}

/** The prototype whose `prepare` every connection of this driver calls, for a test to count statements. */
export function sqliteConnectionPrototype(): SqliteConnection {
  const probe = openSqliteFile(":memory:");
  probe.close();
  return Object.getPrototypeOf(probe) as SqliteConnection;
}
