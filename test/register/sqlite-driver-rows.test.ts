import { describe, expect, test } from "vitest";
import { openSqliteFile } from "../helpers/sqlite-file";

describe("the SQLite driver of this Node.js reads rows as better-sqlite3 does, so verify judges a register alike on both", () => {
  test("an integer beyond 2^53 (a tampered seq) reads as the nearest number, not a RangeError; rows are plain objects", () => {
    const db = openSqliteFile(":memory:");
    try {
      db.exec("CREATE TABLE t (seq INTEGER PRIMARY KEY, text TEXT)");
      db.prepare("INSERT INTO t (seq, text) VALUES (9007199254740993, ?)").run("x");
      const row = db.prepare("SELECT seq, text FROM t").get();
      expect(row).toEqual({ seq: 9007199254740992, text: "x" });
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(db.prepare("SELECT count(*) AS n FROM t").all()).toEqual([{ n: 1 }]);
    } finally {
      db.close();
    }
  });
});
