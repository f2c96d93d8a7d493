import type { SqliteConnection, SqliteDriver, SqliteValue } from "./sqlite-driver";

interface NodeSqliteStatement {
  setReadBigInts(enabled: boolean): void;
  get(...params: SqliteValue[]): unknown;
  all(...params: SqliteValue[]): unknown[];
  run(...params: SqliteValue[]): unknown;
}

interface NodeSqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): NodeSqliteStatement;
  close(): void;
}

interface NodeSqliteModule {
  DatabaseSync: new (file: string) => NodeSqliteDatabase;
}

/**
 * A node:sqlite database that reads rows as better-sqlite3 does: an integer beyond 2^53 (only a
 * tampered seq can be one) becomes the nearest number instead of a RangeError, so that verify
 * judges it as TAMPERED on either driver; rows are plain objects (node:sqlite's have no prototype).
 */
class NodeSqliteConnection implements SqliteConnection {
  constructor(private readonly db: NodeSqliteDatabase) {}

  exec(sql: string): void {
    this.db.exec(sql);
  }

  prepare(sql: string): ReturnType<SqliteConnection["prepare"]> {
    const statement = this.db.prepare(sql);
    statement.setReadBigInts(true);
    return {
      get: (...params) => plainRow(statement.get(...params)),
      all: (...params) => statement.all(...params).map(plainRow),
      run: (...params) => statement.run(...params),
    };
  }

  close(): void {
    this.db.close();
  }
}

function plainRow(row: unknown): unknown {
  if (row === undefined || row === null) return row;
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [column, typeof value === "bigint" ? Number(value) : value]),
  );
}

/**
 * node:sqlite, built into Node.js 22.13 and later (22.5 to 22.12 only behind --experimental-sqlite):
 * no native module to install or rebuild, and always built for the Node.js that runs it.
 * `process.getBuiltinModule` answers undefined where the module is missing or flagged off.
 */
export function nodeSqliteDriver(): SqliteDriver | undefined {
  const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (typeof getBuiltin !== "function") return undefined;
  const sqlite = withoutSqliteExperimentalWarning(() => getBuiltin("node:sqlite")) as NodeSqliteModule | undefined;
  if (typeof sqlite?.DatabaseSync !== "function") return undefined;
  return {
    name: "node:sqlite",
    // node:sqlite has no "must exist" mode; SqliteRegister.open checks that the file exists first.
    open: (file) => new NodeSqliteConnection(new sqlite.DatabaseSync(file)),
  };
}

/**
 * Node.js 22 prints "ExperimentalWarning: SQLite is an experimental feature" on every run that loads
 * node:sqlite (24 no longer does). The register's use of it is tested on every supported line, so
 * that one warning is dropped while the module loads; every other warning is emitted as before.
 */
function withoutSqliteExperimentalWarning<T>(load: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === "string" ? warning : warning.message;
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === "ExperimentalWarning" && /^SQLite is an experimental feature/.test(text)) return;
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    return load();
  } finally {
    process.emitWarning = emitWarning;
  }
}
