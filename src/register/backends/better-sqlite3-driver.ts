import * as path from "node:path";
import { InputError } from "../../validation/input-error";
import type { SqliteConnection, SqliteDriver } from "./sqlite-driver";

type BetterSqlite3 = new (file: string, options: { fileMustExist: boolean }) => SqliteConnection;

/**
 * better-sqlite3, for a Node.js without node:sqlite (20): an optional peer dependency, so that a
 * project that only adds the aspect installs no native module. Undefined when it is not installed.
 */
export function betterSqlite3Driver(file: string): SqliteDriver | undefined {
  let Database: BetterSqlite3;
  try {
    Database = require("better-sqlite3") as BetterSqlite3;
  } catch (error) {
    if (isNotInstalled(error)) return undefined;
    throw loadFailure(error, file);
  }
  return {
    name: "better-sqlite3",
    open: (target, { mustExist }) => {
      try {
        // The native module is loaded here, at the first database, not by require() above.
        return new Database(target, { fileMustExist: mustExist });
      } catch (error) {
        throw isLoadFailure(error) ? loadFailure(error, file) : error;
      }
    },
  };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() ?? "";
}

/** Node's dlopen message spreads over lines: "…using\nNODE_MODULE_VERSION 115. This version of Node.js requires\n…127." */
function wholeMessageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
}

function isNotInstalled(error: unknown): boolean {
  return (error as { code?: unknown }).code === "MODULE_NOT_FOUND" && /'better-sqlite3'/.test(messageOf(error));
}

/** A native module built for another Node.js, or never built (its install script did not run). */
function isLoadFailure(error: unknown): boolean {
  return (
    (error as { code?: unknown }).code === "ERR_DLOPEN_FAILED" ||
    /NODE_MODULE_VERSION|Could not locate the bindings file|invalid ELF header|wrong ELF class/.test(
      wholeMessageOf(error),
    )
  );
}

function loadFailure(error: unknown, file: string): InputError {
  const detail = messageOf(error).replace(/^The module '([^']+)'/, (_, module: string) => `${path.basename(module)}`);
  const version = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires NODE_MODULE_VERSION (\d+)/.exec(
    wholeMessageOf(error),
  );
  const reason = version
    ? `it was built for another Node.js (NODE_MODULE_VERSION ${version[1]}; this Node.js ${process.version} needs ${version[2]})`
    : `its native module cannot be loaded (${detail})`;
  return new InputError([
    {
      file,
      location: "",
      expected:
        `a SQLite driver for the register, but better-sqlite3 is installed and ${reason}: ` +
        `run \`npm rebuild better-sqlite3\` under this Node.js, or run on Node.js 22.13 or later, which has node:sqlite built in`,
    },
  ]);
}
