import { InputError } from "../../validation/input-error";
import SQLITE_RESULT_CODES from "./sqlite-result-codes.json";

/**
 * Every way a register's database or file system can fail, as one clear line naming the register
 * (exit 2). The one place where SQLite result codes (of either driver), PostgreSQL SQLSTATEs, the pg
 * client's own connection errors and Node's errno codes become messages. A JavaScript error of our own (a
 * TypeError, a RangeError) is a bug, not a fault of the register: it is thrown on unchanged, so
 * that it is still reported as an internal error.
 */
export function registerFault(error: unknown, location: string): unknown {
  if (error instanceof InputError || isBug(error)) return error;
  const code = codeOf(error);
  const detail = messageOf(error);
  const reason =
    (code && SQLITE_REASONS[primary(code)]?.(detail, code)) ??
    (code && POSTGRES_REASONS[code]?.(detail, code)) ??
    (code && ERRNO_REASONS[code]?.(detail, code)) ??
    postgresClientReason(detail) ??
    `the register failed (${code ? `${code}: ` : ""}${detail})`;
  return new InputError([{ file: location, location: "", expected: reason }]);
}

const BUG_CLASSES = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

function isBug(error: unknown): boolean {
  // Node's system errors are plain Errors with a code; better-sqlite3 and pg have their own classes.
  return BUG_CLASSES.some((kind) => error instanceof kind) && !codeOf(error)?.startsWith("SQLITE_");
}

/**
 * better-sqlite3 names the SQLite result code (`code: "SQLITE_IOERR_WRITE"`); node:sqlite gives the
 * number (`code: "ERR_SQLITE_ERROR"`, `errcode: 778`), named here from sqlite3.h's table so that
 * both drivers give the same message.
 */
function codeOf(error: unknown): string | undefined {
  const { code, errcode } = (error ?? {}) as { code?: unknown; errcode?: unknown };
  if (code === "ERR_SQLITE_ERROR" && typeof errcode === "number") {
    const names = SQLITE_RESULT_CODES as Record<string, string>;
    // An extended code newer than the table keeps its primary code's meaning (see primary()).
    return names[String(errcode)] ?? `${names[String(errcode & 0xff)] ?? "SQLITE_UNKNOWN"}_${errcode}`;
  }
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.trim();
}

/** SQLITE_IOERR_WRITE is an SQLITE_IOERR: extended codes keep their primary code's meaning. */
function primary(code: string): string {
  return /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
}

type Reason = (detail: string, code: string) => string;

const SQLITE_REASONS: Record<string, Reason> = {
  SQLITE_BUSY: (_, code) =>
    `the register is locked by another process and stayed locked past the busy timeout (${code}); nothing was recorded, run again when the other writer has finished`,
  SQLITE_LOCKED: (_, code) => `the register is locked by another connection (${code}); nothing was recorded`,
  SQLITE_FULL: (_, code) => `the disk holding the register is full (${code})`,
  SQLITE_IOERR: (detail, code) =>
    `the register could not be written or read (${code}: ${detail}); the disk may be full, over a file size limit or failing`,
  SQLITE_READONLY: (_, code) =>
    `a register the gate can write, but the file or its folder is read-only (${code}); nothing was recorded`,
  SQLITE_CANTOPEN: (_, code) =>
    `a register the gate can open: the file or its folder cannot be opened for reading and writing (${code}); check that both exist and are writable`,
  SQLITE_PERM: (_, code) => `a register the gate may use, but access was denied (${code})`,
  SQLITE_AUTH: (_, code) => `a register the gate may use, but access was denied (${code})`,
  SQLITE_CORRUPT: (_, code) =>
    `an intact SQLite register database, but it cannot be read: the file is corrupt (${code})`,
  SQLITE_NOTADB: (_, code) => `a SQLite register database, but it cannot be read: the file is not a database (${code})`,
  SQLITE_SCHEMA: (detail, code) => `a register whose schema did not change under the gate (${code}: ${detail})`,
  SQLITE_CONSTRAINT: (detail, code) =>
    `a register that accepts the gate's records, but it refused one (${code}: ${detail})`,
  SQLITE_NOMEM: (_, code) => `enough memory to read the register (${code})`,
  SQLITE_PROTOCOL: (_, code) => `a register not fought over by other processes (${code}: the WAL lock protocol failed)`,
  SQLITE_NOLFS: (_, code) => `a file system that holds files this large (${code})`,
  SQLITE_TOOBIG: (_, code) => `records within SQLite's size limit (${code})`,
};

const POSTGRES_REASONS: Record<string, Reason> = {
  "28P01": (detail, code) => `a PostgreSQL register that accepts the login, but it refused it (${code}: ${detail})`,
  "28000": (detail, code) => `a PostgreSQL register that accepts the login, but it refused it (${code}: ${detail})`,
  "3D000": (detail, code) => `an existing PostgreSQL database (${code}: ${detail})`,
  "42501": (detail, code) => `a PostgreSQL register this role may use (${code}: ${detail})`,
  "57P01": (_, code) => `a PostgreSQL register that stays up, but the server shut the connection down (${code})`,
  "57P02": (_, code) => `a PostgreSQL register that stays up, but the server crashed (${code})`,
  "57P03": (detail, code) =>
    `a PostgreSQL register that accepts the connection, but the server cannot now (${code}: ${detail})`,
  "53300": (detail, code) =>
    `a PostgreSQL register that accepts the connection, but it has no free connection slot (${code}: ${detail})`,
  "53100": (_, code) => `a PostgreSQL register whose disk is not full (${code})`,
  "25006": (_, code) => `a writable PostgreSQL register, but the server is read-only (${code}); nothing was recorded`,
  "55P03": (_, code) =>
    `a PostgreSQL register not locked by another writer past lock_timeout (${code}); nothing was recorded`,
  "57014": (detail, code) => `a PostgreSQL register that answers in time (${code}: ${detail}); nothing was recorded`,
  "40001": (_, code) => `a PostgreSQL register without conflicting writers (${code}); nothing was recorded, run again`,
  "40P01": (_, code) => `a PostgreSQL register without conflicting writers (${code}); nothing was recorded, run again`,
};

const ERRNO_REASONS: Record<string, Reason> = {
  ECONNREFUSED: (_, code) =>
    `a PostgreSQL register that accepts the connection, but the server refused it (${code}); is PostgreSQL running there?`,
  ECONNRESET: (_, code) => `a PostgreSQL register that keeps the connection, but it was reset (${code})`,
  ETIMEDOUT: (_, code) => `a PostgreSQL register that accepts the connection, but it timed out (${code})`,
  EHOSTUNREACH: (_, code) =>
    `a PostgreSQL register that accepts the connection, but there is no route to the host (${code})`,
  ENETUNREACH: (_, code) =>
    `a PostgreSQL register that accepts the connection, but the network is unreachable (${code})`,
  ENOTFOUND: (_, code) =>
    `a PostgreSQL register that accepts the connection, but the host name does not resolve (${code})`,
  EAI_AGAIN: (_, code) =>
    `a PostgreSQL register that accepts the connection, but the name server did not answer (${code})`,
  ENOENT: (_, code) => `a file or socket that exists (${code})`,
  EACCES: (_, code) => `a file and folder the gate may write (${code}: permission denied)`,
  EPERM: (_, code) => `a file and folder the gate may write (${code}: operation not permitted)`,
  EROFS: (_, code) => `a writable file system, but it is read-only (${code})`,
  ENOSPC: (_, code) => `a disk with free space, but it is full (${code})`,
  EDQUOT: (_, code) => `a disk with free space, but the quota is exhausted (${code})`,
  EFBIG: (_, code) => `a file system that takes the write, but the file is over the size limit (${code})`,
  ENOTDIR: (_, code) => `a path whose parents are folders, but one of them is a file (${code})`,
  EISDIR: (_, code) => `a file, but it is a folder (${code})`,
  ENAMETOOLONG: (_, code) => `a path of a usable length (${code})`,
  ELOOP: (_, code) => `a path without a loop of symbolic links (${code})`,
  EIO: (_, code) => `a disk that reads and writes (${code}: input/output error)`,
  EMFILE: (_, code) => `a process that may open another file (${code})`,
};

/** The pg client's own errors carry no code; their wording is all there is to go by. */
function postgresClientReason(detail: string): string | undefined {
  if (/^Connection terminated due to connection timeout|^timeout expired/i.test(detail))
    return "a PostgreSQL register that accepts the connection, but it did not answer within connect_timeout";
  if (/^Connection terminated|not queryable/i.test(detail))
    return `a PostgreSQL register that stays up, but the connection was lost (${detail})`;
  if (/^Query read timeout/i.test(detail))
    return "a PostgreSQL register that answers, but a query had no answer within query_timeout (default 300000 ms)";
  if (/SSL|certificate|self[- ]signed/i.test(detail))
    return `a PostgreSQL register whose TLS the gate accepts (${detail})`;
  return undefined;
}
