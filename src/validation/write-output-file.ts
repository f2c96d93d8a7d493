import * as fs from "node:fs";
import { InputError } from "./input-error";

const REASONS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of its path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exhausted",
  ENAMETOOLONG: "the name is too long",
};

/** Writes a file the user named with --out; a failure is an InputError naming the file and why. */
export function writeOutputFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new InputError([
      {
        file,
        location: "",
        expected: `a file that can be written, but ${REASONS[code] ?? "it could not be written"}${code ? ` (${code})` : ""}`,
      },
    ]);
  }
}
