import * as fs from "node:fs";
import { InputError } from "./input-error";

// Where readers look at the files and folders they were given: every system error (a symbolic-link
// loop, a file where a folder belongs, no permission) becomes an InputError naming the path and what
// was expected, as readRegularFile does for a file's content. Node's own error would reach the user
// as an "internal error", which it is not: the input cannot be read, so it cannot be assessed (exit 2).

/** Why a path could not be read, in words. */
const REASONS: Record<string, string> = {
  ELOOP: "a loop of symbolic links",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENAMETOOLONG: "a name too long",
  ENOTDIR: "a file where a folder was expected",
  ENOENT: "it does not exist",
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) throw error;
  return `${REASONS[code] ?? "unreadable"}, ${code}`;
}

/**
 * What is at a path, following symbolic links; undefined when nothing is (a dangling link, or a
 * file where a parent folder should be). `holding` says what the path should be, for the message.
 */
export function statPath(file: string, holding = "a file or folder"): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw new InputError([{ file, location: "", expected: `${holding} that can be read (${reason(error)})` }]);
  }
}

/** Whether a path is a folder, following symbolic links (a link that leads nowhere is not). */
export function isFolder(file: string, holding?: string): boolean {
  return statPath(file, holding)?.isDirectory() ?? false;
}

/** The names in a folder, unsorted; `holding` says what the folder should hold, for the message. */
export function listFolder(dir: string, holding: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const expected =
      code === "ENOTDIR"
        ? `a folder holding ${holding}, found a file`
        : `a folder holding ${holding} that can be read (${reason(error)})`;
    throw new InputError([{ file: dir, location: "", expected }]);
  }
}
