import * as path from "node:path";
import { readRegularFile } from "../../validation/regular-file";
import type { EvaluationBudget } from "./budget";
import { evaluateBody } from "./evaluate-body";
import { evaluateTemplate, type HclValue, type Scope } from "./expression";
import { Reference, Unknown } from "./values";

/** Where a module is: its folder and the folder given to the gate, which relative file paths resolve against. */
export interface ModuleFolders {
  dir: string;
  rootDir: string;
}

/** What a module is given from outside its files: the arguments of its call, and the outputs of the modules it calls. */
export interface ModuleBindings {
  /** An argument of the module call, already evaluated in the caller's scope; undefined when the call does not set it. */
  argument?: (name: string) => HclValue | undefined;
  /** `module.<name>` of every module it calls. */
  modules?: HclValue;
  /**
   * The module's address prefix (`module.a[0].`): a resource reference inside the module is made
   * absolute where it is evaluated, so it names the same resource after it leaves the module as an
   * output, and a reference that enters the module as an argument is not taken for one of its own.
   */
  prefix?: string;
  /**
   * Set for a module as its remote package's author sees it (authorInstance): the folder of that package. Files
   * outside it, `path.root` and `path.cwd` are the caller's, so they are unknown there.
   */
  authorPackage?: string;
}

/**
 * What the expressions of one module see: `var.` (the call's argument, else the value the folder's
 * loader gave, already evaluated), `local.` (each evaluated once, on first use; one met again while
 * it is being evaluated is undefined), `module.`, `path.` and `file()`.
 */
export function moduleScope(
  folders: ModuleFolders,
  variables: Record<string, HclValue>,
  locals: Record<string, unknown>,
  budget: EvaluationBudget,
  bindings: ModuleBindings = {},
): Scope {
  const evaluatedLocals = new Map<string, HclValue>();
  const evaluating = new Set<string>();
  const scope: Scope = {
    budget,
    variable: (name) => {
      const argument = bindings.argument?.(name);
      if (argument !== undefined) return argument;
      // Values arrive evaluated (terraform-folder.ts): a string is text, never a template again.
      return Object.hasOwn(variables, name) ? variables[name] : undefined;
    },
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
    symbol: (name) => {
      if (name === "module") return bindings.modules;
      if (bindings.prefix && (name === "data" || name.includes("_"))) return new Reference(`${bindings.prefix}${name}`);
      if (name !== "path") return undefined;
      const module = path.relative(folders.rootDir, folders.dir) || ".";
      return bindings.authorPackage
        ? { module, root: new Unknown("path.root"), cwd: new Unknown("path.cwd") }
        : { module, root: ".", cwd: "." };
    },
    readFile: (file) => {
      const resolved = path.resolve(folders.rootDir, file);
      const outside = bindings.authorPackage && path.relative(bindings.authorPackage, resolved).startsWith("..");
      if (outside) return undefined;
      try {
        // Never a pipe or a device: file("/dev/zero") must not hang the gate.
        return readRegularFile(resolved);
      } catch {
        return undefined;
      }
    },
  };
  return scope;
}
