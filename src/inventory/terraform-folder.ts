/**
 * The folder Terraform 1.11 loads, in one place: which files of a module folder are configuration
 * (configs/parser_config_dir.go), in which order override files apply, and the value every
 * variable of the module gets. Each rule here was checked against `terraform console`
 * (test/fixtures/terraform-folders).
 */
import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { isFolder, listFolder } from "../validation/paths";
import { readRegularFile } from "../validation/regular-file";
import { parseUserJson } from "../validation/user-json";
import { byteOrder } from "./hcl/byte-order";
import type { HclValue } from "./hcl/expression";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { prepareDocumentTemplates } from "./hcl/prepare-document";
import { applyOverrides, isOverrideFile } from "./hcl/override-files";
import { assertTerraformBlocks } from "./top-level-blocks";
import { assertResourceLabels, terraformJsonDocument } from "./terraform-json-blocks";
import {
  declaredVariables,
  givenRootVariables,
  moduleVariableValues,
  type RootVariableOptions,
} from "./variable-values";

export interface ParsedFile {
  file: string;
  text: string;
  document: Record<string, unknown>;
}

/** Terraform's IsIgnoredFile: hidden files, editor backups (`name~`) and Emacs lock files (`#name#`). */
function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

/** A file Terraform loads as configuration: `.tf` or `.tf.json`, not ignored (the suffix is case-sensitive). */
export function isConfigurationFile(name: string): boolean {
  return !isIgnoredFile(name) && (name.endsWith(".tf") || name.endsWith(".tf.json"));
}

/**
 * The configuration files of a module folder in the order Terraform applies them: the primary
 * files, then the override files (`override.tf`, `*_override.tf`, and `.tf.json`), each in file-name
 * order. Subfolders are never loaded.
 */
function configurationFiles(dir: string): { primary: string[]; overrides: string[] } {
  const names = listFolder(dir, "Terraform configuration")
    .filter((name) => isConfigurationFile(name) && !isFolder(path.join(dir, name)))
    .sort(byteOrder);
  return {
    primary: names.filter((name) => !isOverrideFile(name)).map((name) => path.join(dir, name)),
    overrides: names.filter(isOverrideFile).map((name) => path.join(dir, name)),
  };
}

async function parseConfigurationFile(file: string): Promise<ParsedFile> {
  const text = readRegularFile(file);
  if (file.endsWith(".json")) {
    const json = parseUserJson({ file, what: "Terraform configuration in JSON syntax", text, uniqueKeys: true });
    const document = terraformJsonDocument(json, file);
    prepareDocumentTemplates(document, file, text);
    return { file, text, document };
  }
  const document = await parseHclDocument(file, text);
  assertTerraformBlocks(document, file, "native");
  assertResourceLabels(document, file);
  return { file, text, document };
}

/** Who gives a module's variables their values: the command line and the folder (root), or the module call. */
export type VariableInputs = { root: RootVariableOptions } | { call: Record<string, HclValue> };

export interface TerraformFolder {
  /** The configuration, override files merged, in the order Terraform reads it. */
  files: ParsedFile[];
  /** The value of every declared variable that has one, as `var.<name>` gives it. */
  variables: Record<string, HclValue>;
}

/** The configuration files of a module folder as Terraform loads them, parsed, override files applied. */
export async function parseTerraformFolder(dir: string): Promise<ParsedFile[]> {
  if (!isFolder(dir, "a folder of Terraform configuration"))
    throw new InputError([{ file: dir, location: "", expected: "a folder of Terraform configuration" }]);
  const { primary, overrides } = configurationFiles(dir);
  return applyOverrides(await Promise.all([...primary, ...overrides].map(parseConfigurationFile)));
}

/**
 * The value of every variable of a module folder's files (given, else its default; `nullable`;
 * converted to its type): for the root module, from the command line, the environment and the
 * folder's variable files; for a called module, from the arguments of its call.
 */
async function variableValues(
  dir: string,
  files: ParsedFile[],
  inputs: VariableInputs,
): Promise<Record<string, HclValue>> {
  const declarations = declaredVariables(files);
  const given = "root" in inputs ? await givenRootVariables(dir, declarations, inputs.root) : inputs.call;
  return moduleVariableValues(declarations, given);
}

/** A module folder as Terraform loads it: the files it reads, override files applied, and each variable's value. */
export async function loadTerraformFolder(dir: string, inputs: VariableInputs): Promise<TerraformFolder> {
  const files = await parseTerraformFolder(dir);
  return { files, variables: await variableValues(dir, files, inputs) };
}
