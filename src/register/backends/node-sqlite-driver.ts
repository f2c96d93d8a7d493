import type { SqliteConnection, SqliteDriver } from "./sqlite-driver";

interface NodeSqliteModule {
  DatabaseSync: new (file: string, options?: { open?: boolean }) => SqliteConnection;
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
    open: (file) => new sqlite.DatabaseSync(file),
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
