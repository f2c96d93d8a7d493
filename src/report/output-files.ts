import * as fs from "node:fs";
import { InputError } from "../validation/input-error";

function fault(file: string, action: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new InputError([{ file, location: "", expected: `a file that can be ${action} (${code})` }]);
}

/**
 * A regular file's text, or undefined when there is none (nothing yet, or something else in its
 * place, such as a link, which is then replaced rather than trusted); any other failure names the file.
 */
export function readIfPresent(file: string): string | undefined {
  try {
    if (!fs.lstatSync(file).isFile()) return undefined;
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw fault(file, "read", error);
  }
}

/**
 * Writes a file whole or not at all: through a temporary file renamed over it, so that a reader
 * never sees half a DPIA and a link planted where the file goes is replaced, never followed.
 */
export function writeOutputFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // Only a new file is opened; one left by a run that stopped half-way (or a link planted there) is
    // removed first. Removed only when found: a removal per file was a third of writing 6,668 files.
    try {
      fs.writeFileSync(temporary, text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      fs.rmSync(temporary, { force: true });
      fs.writeFileSync(temporary, text, { flag: "wx" });
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw fault(file, "written", error);
  }
}

/** Removes a file (or a link, never what it points to) the gate wrote earlier; a failure names the file. */
export function removeOutputFile(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    throw fault(file, "removed", error);
  }
}

/** Clean-up after a failed write: the write's own error is the one to report (a folder at the name fails here too). */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // reported by the caller as the write's failure
  }
}

/**
 * Gives the files of one DPIA the same modification time, a whole second (exact in every file
 * system's time format; the JSON's own when it already is one). Setting it also sets each file's change
 * time, which no one can set: it moves on with every later write, rename, copy or time change.
 */
export function stampTogether(jsonFile: string, renderings: readonly string[]): void {
  try {
    const seconds = Math.floor(fs.statSync(jsonFile).mtimeMs / 1000);
    for (const file of [jsonFile, ...renderings]) fs.utimesSync(file, seconds, seconds);
  } catch (error) {
    throw fault(jsonFile, "written", error);
  }
}

/**
 * How far apart the change times of files stamped together may be: they are stamped one after the other
 * within milliseconds; a file put in place afterwards by hand or by a script is seconds later.
 */
const STAMPED_WITHIN_MS = 1000;

/**
 * True when `rendering` is a regular file stamped together with `jsonFile` (stampTogether) and not touched
 * since: the same modification time, and change times stamped at the same moment. An edit moves the
 * modification time; a rendering moved or copied into place, or given the JSON's time afterwards (`mv`,
 * `cp -p`, `touch -r`), keeps it but not its change time. So a rendering is checked without rendering it again.
 */
export function stampedTogether(jsonFile: string, rendering: string): boolean {
  const json = fs.statSync(jsonFile, { throwIfNoEntry: false });
  const file = fs.lstatSync(rendering, { throwIfNoEntry: false });
  return (
    !!json &&
    !!file &&
    file.isFile() &&
    file.mtimeMs === json.mtimeMs &&
    Math.abs(file.ctimeMs - json.ctimeMs) < STAMPED_WITHIN_MS
  );
}
