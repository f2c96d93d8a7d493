import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";

/**
 * Checks where a SQLite register (or its key) is to be, before SQLite or the file system says it
 * in its own words: a path that cannot name a file, or one under a regular file, is one clear line.
 * Whether the file can be written is for the writes to say (a read-only file, a full disk): every
 * such failure is mapped in backends/register-fault.ts.
 */
export function checkRegisterPath(file: string, what: string): void {
  const fail = (expected: string) =>
    new InputError([{ file: file.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?"), location: "", expected }]);
  if (file.includes("\u0000")) throw fail(`${what}: a path without a NUL character`);
  let ancestor = path.dirname(file);
  for (;;) {
    const kind = kindOf(ancestor);
    if (kind === "folder") return;
    if (kind === "other")
      throw fail(`${what} in a folder, but ${ancestor} is a file, not a folder: a register cannot be made under it`);
    const parent = path.dirname(ancestor);
    if (parent === ancestor) return;
    ancestor = parent;
  }
}

function kindOf(file: string): "folder" | "other" | "absent" {
  try {
    return fs.statSync(file).isDirectory() ? "folder" : "other";
  } catch (error) {
    // ENOTDIR: a component above is a file; the loop reaches it and names it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "absent";
    // EACCES, ELOOP, ENAMETOOLONG: the open that follows says so through the fault mapping.
    return "folder";
  }
}
