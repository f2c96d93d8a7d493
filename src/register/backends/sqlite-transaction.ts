import type { SqliteConnection } from "./sqlite-driver";

/**
 * Runs `work` in one transaction, committed when it returns and rolled back when it throws, the same
 * on either driver. IMMEDIATE takes the write lock at BEGIN, so that a second writer waits (busy
 * timeout) instead of failing at its first write; DEFERRED reads one snapshot in WAL mode.
 */
export function inTransaction<T>(db: SqliteConnection, mode: "IMMEDIATE" | "DEFERRED", work: () => T): T {
  db.exec(`BEGIN ${mode}`);
  let result: T;
  try {
    result = work();
    db.exec("COMMIT");
  } catch (error) {
    try {
      db.exec("ROLLBACK");
    } catch {
      // The error that ended the transaction is the one to report; SQLite may have rolled back already.
    }
    throw error;
  }
  return result;
}
