import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The git work tree a path is in, found as git finds it: the nearest folder, from the path's own
 * folder up to the root, that holds a `.git` folder or a `.git` file (a linked work tree or a
 * submodule). Symbolic links are resolved first, so the answer is where the bytes would land.
 * Undefined when no folder above holds one.
 */
export function gitWorkTreeOf(file: string): string | undefined {
  return gitWorkTreeAt(path.dirname(path.resolve(file)));
}

/** The git work tree a folder is in (the folder itself, or one above it), as for gitWorkTreeOf. */
export function gitWorkTreeAt(folder: string): string | undefined {
  let current = realFolder(path.resolve(folder));
  for (;;) {
    if (fs.existsSync(path.join(current, ".git"))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The real path of a folder (exported for the register's per-repository folder), or of its nearest ancestor that exists, with the rest appended. */
export function realFolder(folder: string): string {
  const rest: string[] = [];
  let current = folder;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return folder;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
