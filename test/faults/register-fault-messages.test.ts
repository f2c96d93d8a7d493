import { describe, expect, test } from "vitest";
import { registerFault } from "../../src/register/backends/register-fault";
import { InputError } from "../../src/validation/input-error";
import { openSqliteFile } from "../helpers/sqlite-file";

const WHERE = "postgres://dpia:***@db.example:5432/register";

/** An error as the driver raises it: better-sqlite3's SqliteError, pg's DatabaseError, Node's errno error. */
function driverError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe("every fault of a register's database or disk is one line naming the register (registerFault)", () => {
  test.each([
    ["SQLITE_BUSY", /locked by another process .*\(SQLITE_BUSY\); nothing was recorded/],
    ["SQLITE_FULL", /the disk holding the register is full \(SQLITE_FULL\)/],
    ["SQLITE_IOERR_WRITE", /could not be written or read \(SQLITE_IOERR_WRITE: /],
    ["SQLITE_READONLY_DIRECTORY", /read-only \(SQLITE_READONLY_DIRECTORY\)/],
    ["SQLITE_CANTOPEN", /cannot be opened for reading and writing \(SQLITE_CANTOPEN\)/],
    ["SQLITE_CORRUPT", /cannot be read: the file is corrupt \(SQLITE_CORRUPT\)/],
    ["SQLITE_NOTADB", /cannot be read: the file is not a database \(SQLITE_NOTADB\)/],
    ["SQLITE_CONSTRAINT_TRIGGER", /refused one \(SQLITE_CONSTRAINT_TRIGGER: /],
    ["SQLITE_SOMETHING_NEW", /the register failed \(SQLITE_SOMETHING_NEW: /],
    ["ECONNREFUSED", /accepts the connection, but the server refused it \(ECONNREFUSED\)/],
    ["ETIMEDOUT", /timed out \(ETIMEDOUT\)/],
    ["ENOTFOUND", /host name does not resolve \(ENOTFOUND\)/],
    ["28P01", /refused it \(28P01: /],
    ["3D000", /an existing PostgreSQL database \(3D000: /],
    ["57P01", /shut the connection down \(57P01\)/],
    ["55P03", /past lock_timeout \(55P03\)/],
    ["ENOSPC", /it is full \(ENOSPC\)/],
    ["EROFS", /read-only \(EROFS\)/],
    ["EACCES", /permission denied/],
  ])("%s", (code, expected) => {
    const fault = registerFault(driverError("driver text\nsecond line", code), WHERE);
    expect(fault).toBeInstanceOf(InputError);
    expect((fault as InputError).message).toMatch(new RegExp(`^${WHERE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect((fault as InputError).message).toMatch(expected);
    expect((fault as InputError).message).not.toContain("\n");
  });

  test.each([
    ["Connection terminated unexpectedly", /the connection was lost \(Connection terminated unexpectedly\)/],
    ["Client has encountered a connection error and is not queryable", /the connection was lost/],
    ["Connection terminated due to connection timeout", /did not answer within connect_timeout/],
    ["timeout expired", /did not answer within connect_timeout/],
    ["Query read timeout", /a query had no answer within query_timeout/],
    ["The server does not support SSL connections", /whose TLS the gate accepts/],
  ])("the pg client's own error: %s", (message, expected) => {
    expect((registerFault(driverError(message), WHERE) as Error).message).toMatch(expected);
  });

  test("a real error of this Node's SQLite driver is mapped; a bug of ours (TypeError) and an InputError are thrown on unchanged", () => {
    const db = openSqliteFile(":memory:");
    let sqliteError: unknown;
    try {
      db.exec("this is not SQL");
    } catch (error) {
      sqliteError = error;
    }
    db.close();
    expect((registerFault(sqliteError, "register.db") as Error).message).toMatch(/^register\.db: .*SQLITE_ERROR/);
    const bug = new TypeError("Cannot read properties of undefined");
    expect(registerFault(bug, "register.db")).toBe(bug);
    const input = new InputError([{ file: "register.db", location: "", expected: "x" }]);
    expect(registerFault(input, "register.db")).toBe(input);
  });
});
