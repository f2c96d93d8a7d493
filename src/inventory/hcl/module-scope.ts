import * as path from "node:path";
import { readRegularFile } from "../../validation/regular-file";
import { evaluateBody } from "./evaluate-body";
import { evaluateTemplate, type HclValue, type Scope } from "./expression";

/** Where a module is: its folder and the folder given to the gate, which relative file paths resolve against. */
export interface ModuleFolders {
  dir: string;
  rootDir: string;
}

/**
 * What the expressions of one module see: `var.`, `local.` (each evaluated once, on first use; one met again while it is being evaluated is
 * undefined), `path.` and `file()`.
 */
export function moduleScope(
  folders: ModuleFolders,
  variables: Record<string, HclValue>,
  locals: Record<string, unknown>,
): Scope {
  const evaluatedLocals = new Map<string, HclValue>();
  const evaluating = new Set<string>();
  const scope: Scope = {
    // Values arrive evaluated (terraform-folder.ts): a string is text, never a template again.
    variable: (name) => (Object.hasOwn(variables, name) ? variables[name] : undefined),
    local: (name) => {
      if (evaluatedLocals.has(name)) return evaluatedLocals.get(name);
      if (!Object.hasOwn(locals, name) || evaluating.has(name)) return undefined;
      evaluating.add(name);
      const raw = locals[name];
      const value = typeof raw === "string" ? evaluateTemplate(raw, scope) : (evaluateBody(raw, scope) as HclValue);
      evaluating.delete(name);
      evaluatedLocals.set(name, value);
      return value;
    },
    // Relative to the root folder, so values never depend on where the gate runs.
    symbol: (name) =>
      name === "path" ? { module: path.relative(folders.rootDir, folders.dir) || ".", root: ".", cwd: "." } : undefined,
    readFile: (file) => {
      try {
        // Never a pipe or a device: file("/dev/zero") must not hang the gate.
        return readRegularFile(path.resolve(folders.rootDir, file));
      } catch {
        return undefined;
      }
    },
  };
  return scope;
}
