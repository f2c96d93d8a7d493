import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { registerFault } from "../../src/register/backends/register-fault";
import SQLITE_RESULT_CODES from "../../src/register/backends/sqlite-result-codes.json";
import { resultCodesFromHeader } from "../../scripts/sqlite/result-codes-from-header";

const betterSqlite3 = path.resolve(__dirname, "../../node_modules/better-sqlite3");

/** An error as node:sqlite raises it: a number, where better-sqlite3 gives the code's name. */
const nodeSqliteError = (errcode: number, message: string) =>
  Object.assign(new Error(message), { code: "ERR_SQLITE_ERROR", errcode, errstr: "" });

describe("node:sqlite's result codes are named as better-sqlite3 names them, so one mapping serves both", () => {
  test("the committed table is sqlite3.h's (npx tsx scripts/sqlite-result-codes.ts regenerates it)", () => {
    const header = fs.readFileSync(path.join(betterSqlite3, "deps", "sqlite3", "sqlite3.h"), "utf8");
    expect(SQLITE_RESULT_CODES).toEqual(resultCodesFromHeader(header));
  });

  test("every code better-sqlite3 names is in the table", () => {
    const source = fs.readFileSync(path.join(betterSqlite3, "src", "util", "constants.cpp"), "utf8");
    const named = [...source.matchAll(/SetCode\(isolate, (SQLITE_\w+), "\1"\)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((name) => !Object.values(SQLITE_RESULT_CODES).includes(name!))).toEqual([]);
  });

  test.each([
    [778, "SQLITE_IOERR_WRITE", "disk I/O error"],
    [5, "SQLITE_BUSY", "database is locked"],
    [1032, "SQLITE_READONLY_DBMOVED", "attempt to write a readonly database"],
    [1299, "SQLITE_CONSTRAINT_NOTNULL", "NOT NULL constraint failed: dpia_records.record"],
  ])("errcode %i is %s: the same message as better-sqlite3's error", (errcode, name, message) => {
    const fromNode = registerFault(nodeSqliteError(errcode, message), "register.db") as Error;
    const fromBetter = registerFault(Object.assign(new Error(message), { code: name }), "register.db") as Error;
    expect(fromNode.message).toBe(fromBetter.message);
    expect(fromNode.message).toContain(name);
  });

  test("an extended code newer than the table keeps its primary code's meaning", () => {
    const fault = registerFault(nodeSqliteError(13 | (200 << 8), "database or disk is full"), "register.db") as Error;
    expect(fault.message).toMatch(/the disk holding the register is full \(SQLITE_FULL_51213\)/);
  });
});
