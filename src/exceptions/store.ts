import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDirectory } from "../validation/ensure-directory";
import { InputError, type InputProblem } from "../validation/input-error";
import { appendToRegularFile } from "../validation/regular-file";
import { readUserJson } from "../validation/user-json";
import type { ExceptionUse } from "./apply-exceptions";
import { ExceptionsFileSchema, type ExceptionRecord, type ExceptionsFile } from "./schema";

/** The append-only log next to the exceptions file. */
export function logFileOf(exceptionsFile: string): string {
  return exceptionsFile.replace(/\.json$/, "") + ".log";
}

/**
 * Reads the exceptions file. A missing file holds no exceptions; a malformed one holds none that
 * count, and says why (the block then stands).
 */
export function readExceptions(file: string): { exceptions: ExceptionRecord[]; problems: InputProblem[] } {
  if (!fs.existsSync(file)) return { exceptions: [], problems: [] };
  try {
    return {
      exceptions: readUserJson({ file, what: "a list of exceptions" }, ExceptionsFileSchema).exceptions,
      problems: [],
    };
  } catch (error) {
    if (error instanceof InputError) return { exceptions: [], problems: error.problems };
    throw error;
  }
}

/** For commands that change the file: a malformed file is an error, not an empty list. */
export function readExceptionsStrict(file: string): ExceptionsFile {
  const { exceptions, problems } = readExceptions(file);
  if (problems.length > 0) throw new InputError(problems);
  return { version: 1, exceptions };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeExceptions(file: string, content: ExceptionsFile): void {
  ensureDirectory(path.dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

export interface LogEntry {
  at: string;
  event: ExceptionUse["event"] | "requested" | "approved" | "renewed";
  exception_id: string;
  dpia_id: string;
  fingerprint: string;
  actor?: string;
  rule?: string;
  detail: string;
}

/** Appends to the log; entries are never rewritten. */
export function appendLog(exceptionsFile: string, entries: LogEntry[]): void {
  if (entries.length === 0) return;
  const file = logFileOf(exceptionsFile);
  ensureDirectory(path.dirname(file));
  appendToRegularFile(file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(""));
}
