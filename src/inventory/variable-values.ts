/**
 * Terraform's variable precedence for a root module, lowest first: the `default`, TF_VAR_
 * environment variables, terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in file-name
 * order, then -var-file and -var in the order they were given on the command line. Then, for
 * every module: `nullable = false` turns a null into the default, and the value is converted to
 * the variable's type.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { readRegularFile } from "../validation/regular-file";
import { listFolder } from "../validation/paths";
import { parseUserJson } from "../validation/user-json";
import { byteOrder } from "./hcl/byte-order";
import { evaluateTemplate, type HclValue, type Scope } from "./hcl/expression";
import { Unknown } from "./hcl/values";
import { expressionCallsFunction, templateCallsFunction } from "./hcl/function-calls";
import { isOverrideFile } from "./hcl/override-files";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { isPending } from "./hcl/values";
import { convertToType, parsesAsExpression, typeConstraint, type TypeConstraint } from "./hcl/variable-type";

/** A `-var-file` or `-var` option, kept in command-line order: Terraform applies them in that order. */
export type VariableArgument = { option: "-var-file"; file: string } | { option: "-var"; assignment: string };

export interface RootVariableOptions {
  arguments?: VariableArgument[];
  /** Where TF_VAR_<name> variables come from; process.env by default. */
  env?: Record<string, string | undefined>;
  onWarning?: (message: string) => void;
}

export interface VariableDeclaration {
  name: string;
  /** Absent when the variable has no default: a value must then be given. */
  default?: HclValue;
  declaresType: boolean;
  type: TypeConstraint;
  nullable: boolean;
}

type Body = Record<string, unknown>;
const NOTHING_IN_SCOPE: Scope = { variable: () => undefined, local: () => undefined };

/** A value in native syntax as Terraform evaluates it without any variable or function: templates and operators only. */
function nativeValue(raw: unknown): HclValue {
  if (typeof raw === "string")
    return templateCallsFunction(raw) ? new Unknown("a function call") : evaluateTemplate(raw, NOTHING_IN_SCOPE);
  if (Array.isArray(raw)) return raw.map(nativeValue);
  if (raw && typeof raw === "object")
    return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, nativeValue(value)]));
  return raw as HclValue;
}

/** The parts of a value not known: Unknown and Reference leaves. */
function pendingParts(value: HclValue): HclValue[] {
  if (isPending(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(pendingParts);
  if (value && typeof value === "object") return Object.values(value).flatMap(pendingParts);
  return [];
}

/**
 * A value that must be literal. A template directive (`%{ if }`) is valid there but not evaluated
 * by the gate: it stays unresolved. Anything else unknown is a reference, which Terraform refuses.
 */
function literal(value: HclValue, where: { file: string; location: string }): HclValue {
  const pending = pendingParts(value);
  if (pending.every((part) => part instanceof Unknown && part.expression.includes("%{"))) return value;
  throw new InputError([
    { ...where, expected: "a literal value (Terraform allows no variables, references or function calls here)" },
  ]);
}

/** `nullable = false`, as Terraform decodes the argument into a bool: "false" and "0" are false too. */
const isFalse = (value: unknown): boolean => value === false || value === "false" || value === "0";

function declaration(name: string, merged: Body, isJson: boolean, file: string): VariableDeclaration {
  const rawType = merged.type;
  // In JSON syntax `type` is the type expression as a string, and a default is a literal (no templates).
  const type = typeConstraint(isJson && typeof rawType === "string" ? `\${${rawType}}` : rawType);
  const declared: VariableDeclaration = {
    name,
    declaresType: rawType !== undefined,
    type,
    nullable: merged.nullable === undefined || !isFalse(nativeValue(merged.nullable)),
  };
  if ("default" in merged) {
    const value = isJson ? (merged.default as HclValue) : nativeValue(merged.default);
    declared.default = literal(value, { file, location: `variable "${name}" default` });
  }
  return declared;
}

/** Terraform refuses a variable declared twice, and an override of one that no other file declares. */
function assertDeclaredOnce(name: string, file: string, blocks: number, declaredIn: string | undefined): void {
  if (isOverrideFile(file) ? declaredIn !== undefined : declaredIn === undefined && blocks === 1) return;
  const expected = isOverrideFile(file)
    ? "an override of a variable another file of the folder declares"
    : `variable "${name}" declared once (Terraform refuses a duplicate declaration${declaredIn ? `; also in ${declaredIn}` : ""})`;
  throw new InputError([{ file, location: `variable "${name}"`, expected }]);
}

/** The variables a module declares, an override file's arguments replacing the original's. */
export function declaredVariables(files: Array<{ file: string; document: Body }>): Map<string, VariableDeclaration> {
  const merged = new Map<string, { body: Body; isJson: boolean; file: string }>();
  for (const { file, document } of files) {
    for (const [name, blocks] of Object.entries((document.variable ?? {}) as Record<string, Body[]>)) {
      assertDeclaredOnce(name, file, blocks.length, merged.get(name)?.file);
      const entry = merged.get(name) ?? { body: {}, isJson: false, file };
      for (const block of blocks) {
        if ("default" in block) Object.assign(entry, { isJson: file.endsWith(".json"), file });
        Object.assign(entry.body, block);
      }
      merged.set(name, entry);
    }
  }
  return new Map([...merged].map(([name, { body, isJson, file }]) => [name, declaration(name, body, isJson, file)]));
}

/** A value given as text (TF_VAR_, -var): a literal string, or an HCL expression when the type is not primitive. */
function textValue(text: string, declared: VariableDeclaration, where: { file: string; location: string }): HclValue {
  if (!parsesAsExpression(declared.declaresType, declared.type)) return text;
  if (expressionCallsFunction(text)) return literal(new Unknown("a function call"), where);
  return literal(evaluateTemplate(`\${${text}}`, NOTHING_IN_SCOPE), where);
}

/** The values of a variables file: JSON values as they are, native values evaluated without variables. */
async function variableFileValues(file: string): Promise<Record<string, HclValue>> {
  if (!fs.existsSync(file)) throw new InputError([{ file, location: "", expected: "an existing variables file" }]);
  if (file.endsWith(".json")) {
    const json = parseUserJson({ file, what: "Terraform variables", uniqueKeys: true });
    if (!json || typeof json !== "object" || Array.isArray(json))
      throw new InputError([{ file, location: "", expected: "an object of variable values" }]);
    return json as Record<string, HclValue>;
  }
  const document = await parseHclDocument(file, readRegularFile(file));
  return Object.fromEntries(
    Object.entries(document).map(([name, raw]) => [name, literal(nativeValue(raw), { file, location: name })]),
  );
}

/** `name=value`: Terraform splits at the first `=` and refuses a name with a trailing space. */
function assignment(text: string): { name: string; value: string } {
  const at = text.indexOf("=");
  const name = at < 0 ? "" : text.slice(0, at);
  if (at < 0 || name.endsWith(" ") || name === "")
    throw new InputError([{ file: "--var", location: text, expected: "name=value, the name without spaces" }]);
  return { name, value: text.slice(at + 1) };
}

export function environmentValues(
  declarations: Map<string, VariableDeclaration>,
  env: Record<string, string | undefined>,
): Record<string, HclValue> {
  const given: Record<string, HclValue> = {};
  for (const [key, text] of Object.entries(env)) {
    const declared = key.startsWith("TF_VAR_") ? declarations.get(key.slice("TF_VAR_".length)) : undefined;
    // Terraform ignores TF_VAR_ variables the configuration does not declare.
    if (declared && text !== undefined) given[declared.name] = textValue(text, declared, { file: key, location: "" });
  }
  return given;
}

/**
 * The variable files Terraform loads by itself from its working folder, lowest precedence first:
 * terraform.tfvars, terraform.tfvars.json, then every *.auto.tfvars and *.auto.tfvars.json in one
 * file-name order. Hidden files are not ignored here, unlike configuration.
 */
function autoVariableFiles(dir: string): string[] {
  const names = listFolder(dir, "Terraform configuration and its variable files");
  const defaults = ["terraform.tfvars", "terraform.tfvars.json"].filter((name) => names.includes(name));
  const auto = names.filter((name) => name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json"));
  return [...defaults, ...auto.sort(byteOrder)].map((name) => path.join(dir, name));
}

/** The values given to the root module's variables, each from the source Terraform lets win. */
export async function givenRootVariables(
  dir: string,
  declarations: Map<string, VariableDeclaration>,
  options: RootVariableOptions,
): Promise<Record<string, HclValue>> {
  const given = environmentValues(declarations, options.env ?? process.env);
  if (Object.keys(given).length > 0)
    options.onWarning?.(`variables from the environment (TF_VAR_): ${Object.keys(given).sort().join(", ")}`);
  const fromFile = async (file: string) => {
    for (const [name, value] of Object.entries(await variableFileValues(file))) {
      if (declarations.has(name)) given[name] = value;
      else options.onWarning?.(`${file}: a value for "${name}", which the configuration does not declare (ignored)`);
    }
  };
  for (const file of autoVariableFiles(dir)) await fromFile(file);
  for (const argument of options.arguments ?? []) {
    if (argument.option === "-var-file") {
      await fromFile(argument.file);
      continue;
    }
    const { name, value } = assignment(argument.assignment);
    const declared = declarations.get(name);
    if (!declared)
      throw new InputError([
        {
          file: "--var",
          location: argument.assignment,
          expected: `a variable the configuration declares, not "${name}"`,
        },
      ]);
    given[name] = textValue(value, declared, { file: "--var", location: argument.assignment });
  }
  return given;
}

/** Each variable's value: the one given, else its default (also for null when not nullable), converted to its type. */
export function moduleVariableValues(
  declarations: Map<string, VariableDeclaration>,
  given: Record<string, HclValue>,
): Record<string, HclValue> {
  const values: Record<string, HclValue> = {};
  for (const [name, declared] of declarations) {
    let value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined || (value === null && !declared.nullable)) value = declared.default;
    if (value !== undefined) values[name] = convertToType(value, declared.type);
  }
  return values;
}
