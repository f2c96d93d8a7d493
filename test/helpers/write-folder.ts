import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** A new temporary folder holding `files` (a path inside it → its text), with the sub-folders they need. */
export function writeFolder(prefix: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
