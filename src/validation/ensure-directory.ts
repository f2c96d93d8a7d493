import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "./input-error";

/**
 * Creates `dir` and any missing parents, one level at a time. Node's own recursive mkdir never
 * returns under pseudo file systems such as /proc (it retries ENOENT forever), so an output folder
 * given by mistake there would hang the gate; here every failure is an InputError naming the folder.
 */
export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (missing.length === 0 && !fs.statSync(current).isDirectory()) fail(dir, `${current} is not a folder`);
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A link whose target is missing exists for mkdir, not for stat: reported, not thrown raw.
      if (code === "EEXIST" && fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
      fail(dir, `${folder} cannot be created (${code ?? String(error)})`);
    }
  }
}

function fail(dir: string, reason: string): never {
  throw new InputError([{ file: dir, location: "", expected: `a folder that can be written to; ${reason}` }]);
}
