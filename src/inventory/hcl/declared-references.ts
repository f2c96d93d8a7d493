import { InputError, type InputProblem } from "../../validation/input-error";
import type { ParsedFile } from "../terraform-folder";
import { declaredVariables } from "../variable-values";
import { whereWritten } from "./budget-problem";
import { MODULE_META_ARGUMENTS, type ModuleFolder } from "./module-tree";
import type { Expression } from "./syntax";
import { stringsOf, templateSyntax } from "./template-syntax";

type Body = Record<string, unknown>;

/**
 * What `terraform validate` refuses before anything is evaluated, and the gate would otherwise
 * read as merely unknown: a `var.` or `local.` that the module does not declare, a module call
 * argument the module has no variable for, and a variable without default the call does not set.
 * Terraform cannot plan such a configuration, so the gate cannot assess it either (exit 2). The
 * references of a Terraform JSON root (`rootReferences: false`) are readTerraformJson's to check.
 */
export function assertReferencesDeclared(tree: ModuleFolder, options: { rootReferences: boolean }): void {
  const problems: InputProblem[] = [];
  const seen = new Set<ModuleFolder>();
  const visit = (folder: ModuleFolder) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    if (folder !== tree || options.rootReferences) problems.push(...undeclaredReferences(folder.files));
    problems.push(...callArgumentProblems(folder));
    for (const call of folder.calls) visit(call.called);
  };
  visit(tree);
  if (problems.length > 0) throw new InputError(problems);
}

function undeclaredReferences(files: ParsedFile[]): InputProblem[] {
  const variables = declaredVariables(files);
  const locals = new Set<string>();
  for (const { document } of files)
    for (const block of (document.locals ?? []) as Body[]) for (const name of Object.keys(block)) locals.add(name);
  const problems: InputProblem[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    for (const text of stringsOf(withoutVariableBlocks(file.document))) {
      if (!text.includes("${") && !text.includes("%{")) continue;
      for (const { root, name } of namedReferences(templateSyntax(text))) {
        const declared = root === "var" ? variables.has(name) : locals.has(name);
        const key = `${file.file}\0${root}.${name}`;
        if (declared || reported.has(key)) continue;
        reported.add(key);
        const where = whereWritten(`${root}.${name}`, [file]);
        problems.push({
          file: file.file,
          location: where ? `line ${where.line}` : "",
          expected:
            root === "var"
              ? `a declared input variable: "var.${name}" has no variable "${name}" block in this module (Terraform: Reference to undeclared input variable)`
              : `a declared local value: "local.${name}" is in no locals block of this module (Terraform: Reference to undeclared local value)`,
        });
      }
    }
  }
  return problems;
}

/** Variable blocks hold types and defaults, never references to other variables; "//" is a comment in JSON syntax. */
function withoutVariableBlocks(document: Body): unknown {
  const { variable: _variables, ...rest } = document;
  return withoutComments(rest);
}

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Body)
      .filter(([key]) => key !== "//")
      .map(([key, item]) => [key, withoutComments(item)]),
  );
}

/** Every `var.<name>` and `local.<name>` in an expression, except where a `for` rebinds `var` or `local`. */
function namedReferences(expression: Expression): Array<{ root: "var" | "local"; name: string }> {
  const found: Array<{ root: "var" | "local"; name: string }> = [];
  const walk = (node: Expression, shadowed: ReadonlySet<string>): void => {
    switch (node.kind) {
      case "traversal": {
        if (node.target.kind === "name" && node.step.kind === "attribute") {
          const root = node.target.name;
          if ((root === "var" || root === "local") && !shadowed.has(root)) found.push({ root, name: node.step.name });
          return;
        }
        walk(node.target, shadowed);
        if (node.step.kind === "index") walk(node.step.index, shadowed);
        return;
      }
      case "for": {
        walk(node.collection, shadowed);
        const inner = new Set([...shadowed, node.valueName, ...(node.keyName ? [node.keyName] : [])]);
        for (const part of [node.key, node.value, node.condition]) if (part) walk(part, inner);
        return;
      }
      default:
        for (const child of childrenOf(node)) walk(child, shadowed);
    }
  };
  walk(expression, new Set());
  return found;
}

function childrenOf(node: Expression): Expression[] {
  switch (node.kind) {
    case "template":
      return node.parts;
    case "join":
      return [node.loop];
    case "tuple":
      return node.items;
    case "object":
      return node.entries.flatMap((entry) => [entry.key, entry.value]);
    case "splat":
      return [node.target, ...node.steps.flatMap((step) => (step.kind === "index" ? [step.index] : []))];
    case "call":
      return node.args;
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "conditional":
      return [node.condition, node.then, node.otherwise];
    // Terraform checks that what an ambiguous key names is declared before it refuses the key ("Reference to
    // undeclared local value" is not caught by try()).
    case "invalid":
      return [node.names];
    default:
      return [];
  }
}

function callArgumentProblems(folder: ModuleFolder): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const call of folder.calls) {
    const variables = declaredVariables(call.called.files);
    const given = Object.keys(call.block).filter((name) => !MODULE_META_ARGUMENTS.has(name));
    const place = (text: string) =>
      whereWritten(
        text,
        folder.files.filter((file) => file.file === call.file),
      );
    for (const name of given.filter((argument) => !variables.has(argument))) {
      const where = place(`module "${call.name}"`);
      problems.push({
        file: call.file,
        location: `module "${call.name}"${where ? ` (line ${where.line})` : ""}`,
        expected: `only arguments the module declares as variables: "${name}" is not a variable of ${call.called.dir} (Terraform: Unsupported argument)`,
      });
    }
    for (const [name, declaration] of variables) {
      if (declaration.default !== undefined || given.includes(name)) continue;
      const where = place(`module "${call.name}"`);
      problems.push({
        file: call.file,
        location: `module "${call.name}"${where ? ` (line ${where.line})` : ""}`,
        expected: `a value for the module's required variable "${name}" (no default in ${call.called.dir}; Terraform: Missing required argument)`,
      });
    }
  }
  return problems;
}
