import { constants as bufferConstants } from "node:buffer";
import * as fs from "node:fs";
import { InputError } from "./input-error";

const MAX_STRING_LENGTH = bufferConstants.MAX_STRING_LENGTH;
/** Node's errors for a file larger than a buffer or a string can hold. */
const TOO_LARGE = new Set(["ERR_STRING_TOO_LONG", "ERR_FS_FILE_TOO_LARGE"]);

/** What a path is, in words for an error message. */
function kindOf(stat: fs.Stats): string {
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Reads a file that must be a regular file. Opened non-blocking and checked on the open
 * descriptor, so a named pipe or a device swapped in cannot hang the gate or feed it endless input.
 * `holding` says what the file should hold ("a policy"), for the message when it cannot be read.
 */
export function readRegularFile(file: string, holding?: string): string {
  const what = holding ? ` holding ${holding}` : "";
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError([
      {
        file,
        location: "",
        expected: `a readable file${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      },
    ]);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile())
      throw new InputError([{ file, location: "", expected: `a regular file${what}, found ${kindOf(stat)}` }]);
    return readText(fd, file, what);
  } finally {
    fs.closeSync(fd);
  }
}

/** The whole text behind a descriptor; one larger than a string can hold is refused, not a crash. */
function readText(fd: number, file: string, what: string): string {
  try {
    return fs.readFileSync(fd, "utf8");
  } catch (error) {
    if (!TOO_LARGE.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    throw new InputError([
      { file, location: "", expected: `a file${what} Node can read whole: at most ${MAX_STRING_LENGTH} characters` },
    ]);
  }
}

/**
 * Appends to a file that must be a regular file (created if missing): never through a symbolic
 * link, never to a pipe or a device. Throws an InputError naming the file when it cannot.
 */
export function appendToRegularFile(file: string, text: string): void {
  const before = lstatOrUndefined(file);
  if (before && !before.isFile())
    throw new InputError([{ file, location: "", expected: `a regular file to append to, found ${kindOf(before)}` }]);
  let fd: number;
  try {
    fd = fs.openSync(
      file,
      fs.constants.O_WRONLY |
        fs.constants.O_APPEND |
        fs.constants.O_CREAT |
        fs.constants.O_NOFOLLOW |
        fs.constants.O_NONBLOCK,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        file,
        location: "",
        expected: `a regular file the gate can append to (${code === "ELOOP" ? "it is a symbolic link" : (code ?? (error as Error).message)})`,
      },
    ]);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile())
      throw new InputError([{ file, location: "", expected: `a regular file to append to, found ${kindOf(stat)}` }]);
    fs.writeFileSync(fd, text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([
      {
        file,
        location: "",
        expected: `a regular file the gate can append to (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      },
    ]);
  } finally {
    fs.closeSync(fd);
  }
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
