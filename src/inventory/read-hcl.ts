import { parseUserJson } from "../validation/user-json";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { readRegularFile } from "../validation/regular-file";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { assertTerraformBlocks } from "./top-level-blocks";
import { evaluateBody } from "./hcl/evaluate-body";
import type { HclValue, Scope } from "./hcl/expression";
import { readModuleManifest } from "./hcl/downloaded-modules";
import { resourceInstances, type ResourceInstance } from "./hcl/instances";
import { calledInstances, rootModuleInstance, scopeOf, type ModuleInstance } from "./hcl/module-instances";
import { readModuleTree, type ModuleFolder, type ParsedFile } from "./hcl/module-tree";
import { BudgetExceeded, EvaluationBudget } from "./hcl/budget";
import { budgetInputError } from "./hcl/budget-problem";
import { prepareDocumentTemplates, templateInputError } from "./hcl/prepare-document";
import { TemplateSyntaxError } from "./hcl/template-syntax";
import { applyOverrides } from "./hcl/override-files";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { genesysVersionConstraints } from "./provider-version";
import { genesysProvider, genesysResource } from "./read-terraform-json";
import { assertResourceLabels, terraformJsonDocument } from "./terraform-json-blocks";
import { lastAtOrBefore } from "../validation/sorted-search";

type Body = Record<string, unknown>;

const GENESYS_PREFIX = "genesyscloud_";

/** Terraform reads both native syntax (.tf) and JSON syntax (.tf.json) files of a folder. */
export function isTerraformFile(name: string): boolean {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}

async function parseFile(file: string): Promise<ParsedFile> {
  const text = readRegularFile(file);
  if (file.endsWith(".json")) {
    const json = parseUserJson({ file, what: "Terraform configuration in JSON syntax", text });
    const document = terraformJsonDocument(json, file);
    prepareDocumentTemplates(document, file, text);
    return { file, text, document };
  }
  const document = await parseHclDocument(file, text);
  assertTerraformBlocks(document, file, "native");
  assertResourceLabels(document, file);
  return { file, text, document };
}

/** Where each line of a text starts, for turning an offset into a line number by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  return lastAtOrBefore(starts, offset) + 1;
}

const DECLARATION = /^[ \t]*(resource|data)[ \t]+"([^"\n]*)"[ \t]+"([^"\n]*)"/gm;

/**
 * Per file, once: the line of every block declaration. Searching the text again for each resource
 * made a single large file (a tf_export of an org) quadratic in its size.
 */
const declarations = new WeakMap<ParsedFile, { starts: number[]; lines: Map<string, number> }>();

function declarationsOf(parsed: ParsedFile): { starts: number[]; lines: Map<string, number> } {
  let found = declarations.get(parsed);
  if (!found) {
    const starts = lineStarts(parsed.text);
    const lines = new Map<string, number>();
    if (!parsed.file.endsWith(".json")) {
      DECLARATION.lastIndex = 0;
      for (let match = DECLARATION.exec(parsed.text); match; match = DECLARATION.exec(parsed.text)) {
        const key = `${match[1]} ${match[2]} ${match[3]}`;
        if (!lines.has(key)) lines.set(key, lineAt(starts, match.index));
      }
    }
    found = { starts, lines };
    declarations.set(parsed, found);
  }
  return found;
}

/** The line a block is declared on, for SARIF locations. */
function lineOf(parsed: ParsedFile, kind: "resource" | "data", type: string, name: string): number | undefined {
  const { starts, lines } = declarationsOf(parsed);
  if (!parsed.file.endsWith(".json")) return lines.get(`${kind} ${type} ${name}`);
  const at = jsonDeclarationAt(parsed.text, type, name);
  return at === undefined ? undefined : lineAt(starts, at);
}

/** Where `"name"` is declared under `"type"` in a .tf.json text. */
function jsonDeclarationAt(text: string, type: string, name: string): number | undefined {
  const typeAt = text.indexOf(`"${type}"`);
  const nameAt = typeAt < 0 ? -1 : text.indexOf(`"${name}"`, typeAt + type.length + 2);
  return nameAt < 0 ? undefined : nameAt;
}

function fromJsonValue(value: unknown): HclValue {
  return value as HclValue;
}

async function readVarFile(file: string): Promise<Record<string, unknown>> {
  if (file.endsWith(".json")) return parseUserJson({ file, what: "Terraform variables" }) as Record<string, unknown>;
  return parseHclDocument(file, readRegularFile(file));
}

/** One instance of a module being read, with the root module's providers behind the ones it uses. */
interface ModuleCall {
  instance: ModuleInstance;
  /**
   * The root module's provider configuration (`genesyscloud`, `genesyscloud.eu`) behind each
   * provider address used in this module, from the `providers` arguments of the module calls.
   */
  providers: Record<string, string>;
  /** Collects the genesyscloud version constraints of the root module's terraform blocks. */
  versionConstraints?: string[];
}

/** `${genesyscloud.eu}` or `genesyscloud.eu` as a provider address. */
function providerAddress(value: unknown): string | undefined {
  return typeof value === "string" ? value.replace(/^\$\{(.*)\}$/s, "$1").trim() : undefined;
}

/** The root configuration a provider address in a module means; Terraform passes only the default one implicitly. */
function rootProvider(call: ModuleCall, local: string): string {
  return call.providers[local] ?? local;
}

/** What reading a configuration gathers from all its modules, and the root module's variables. */
interface Reading {
  resources: GenesysResource[];
  providers: ProviderConfig[];
  onWarning?: (message: string) => void;
}

/** A block's instances (`count`, `for_each`); when they cannot be known statically, the warning says so. */
function instancesOf(
  body: Body,
  scope: Scope,
  where: { file: string; block: string },
  onWarning?: (message: string) => void,
): ResourceInstance[] {
  const { instances, unresolved } = resourceInstances(body, scope, where);
  if (unresolved) onWarning?.(unresolved);
  return instances;
}

/** Reads one module instance (and the modules it calls) into Genesys resources. */
function readModule(call: ModuleCall, reading: Reading, depth: number): void {
  const { folder } = call.instance;
  call.versionConstraints?.push(
    ...folder.files.flatMap(({ document }) =>
      genesysVersionConstraints((document as Record<string, unknown>).terraform),
    ),
  );
  const scope = scopeOf(call.instance);
  for (const file of folder.files) {
    readResources(file, call, scope, reading);
    if (depth === 0) readProviders(file, scope, reading.providers);
  }
  for (const site of folder.calls) {
    const { instances, unresolved } = calledInstances(call.instance, site);
    if (unresolved) reading.onWarning?.(unresolved);
    const providers = providersPassed(call, site.block);
    for (const { instance } of instances) readModule({ instance, providers }, reading, depth + 1);
  }
}

/** The files Terraform loads from a module folder, parsed, override files applied. */
async function parseModuleFolder(dir: string): Promise<ParsedFile[]> {
  const files = fs.readdirSync(dir).filter(isTerraformFile).sort();
  return applyOverrides(await Promise.all(files.map((name) => parseFile(path.join(dir, name)))));
}

/** One `resource` or `data` block of a file. */
interface Declaration {
  file: ParsedFile;
  kind: "resource" | "data";
  type: string;
  name: string;
  body: Body;
}

/** The Genesys resources and data sources a file declares, one per instance. */
function readResources(file: ParsedFile, call: ModuleCall, scope: Scope, reading: Reading): void {
  for (const kind of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries(
      (file.document[kind] ?? {}) as Record<string, Record<string, Body[]>>,
    )) {
      if (!type.startsWith(GENESYS_PREFIX)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        for (const body of bodies) {
          const where = { file: file.file, block: `${kind} "${type}" "${name}"` };
          for (const instance of instancesOf(body, scope, where, reading.onWarning))
            reading.resources.push(instanceResource({ file, kind, type, name, body }, instance, call));
        }
      }
    }
  }
}

/** One instance of a declaration, evaluated, its references and provider in the root module's terms. */
function instanceResource(declaration: Declaration, instance: ResourceInstance, call: ModuleCall): GenesysResource {
  const { file, kind, type, name, body } = declaration;
  // References inside a module are made absolute where they are evaluated (module-scope.ts).
  const rendered = evaluateBody(body, instance.scope) as Body;
  const prefix = call.instance.prefix;
  const provider = rootProvider(call, providerAddress(body.provider) ?? "genesyscloud");
  if (provider === "genesyscloud") delete rendered.provider;
  else rendered.provider = provider;
  return genesysResource(
    kind === "resource" ? "managed" : "data",
    type,
    name,
    rendered,
    { file: file.file, line: lineOf(file, kind, type, name) },
    prefix,
    instance.key,
  );
}

/** The root module's `provider "genesyscloud"` blocks of a file. */
function readProviders(file: ParsedFile, scope: Scope, providers: ProviderConfig[]): void {
  for (const body of ((file.document.provider as Record<string, Body[]> | undefined)?.genesyscloud ?? []) as Body[]) {
    providers.push(genesysProvider(evaluateBody(body, scope) as Body, { file: file.file }));
  }
}

/** The root configuration behind each provider the called module uses: its `providers` argument, else the default. */
function providersPassed(call: ModuleCall, block: Body): Record<string, string> {
  const passed =
    block.providers && typeof block.providers === "object" ? (block.providers as Record<string, unknown>) : undefined;
  return passed
    ? Object.fromEntries(
        Object.entries(passed).map(([inModule, fromHere]) => [
          inModule,
          rootProvider(call, providerAddress(fromHere) ?? inModule),
        ]),
      )
    : { genesyscloud: rootProvider(call, "genesyscloud") };
}

export interface HclReadOptions {
  varFiles?: string[];
  onWarning?: (message: string) => void;
  /** Where TF_VAR_<name> variables come from, as Terraform reads them; process.env by default. */
  env?: Record<string, string | undefined>;
}

/** TF_VAR_<name> values: lists and objects are given as JSON-like text, everything else is a string. */
function environmentVariables(env: Record<string, string | undefined>): Record<string, HclValue> {
  const variables: Record<string, HclValue> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith("TF_VAR_") || value === undefined) continue;
    let parsed: HclValue = value;
    if (/^\s*[[{]/.test(value)) {
      try {
        parsed = JSON.parse(value) as HclValue;
      } catch {
        parsed = value;
      }
    }
    variables[key.slice("TF_VAR_".length)] = parsed;
  }
  return variables;
}

/** The root module's variables, in Terraform's precedence: environment, terraform.tfvars, *.auto.tfvars, -var-file. */
async function rootVariables(dir: string, options: HclReadOptions): Promise<Record<string, HclValue>> {
  const rootVars: Record<string, HclValue> = environmentVariables(options.env ?? process.env);
  const fromEnvironment = Object.keys(rootVars).sort();
  if (fromEnvironment.length > 0)
    options.onWarning?.(`variables from the environment (TF_VAR_): ${fromEnvironment.join(", ")}`);
  const autoFiles = fs
    .readdirSync(dir)
    .filter(
      (name) =>
        name === "terraform.tfvars" || name === "terraform.tfvars.json" || /\.auto\.tfvars(\.json)?$/.test(name),
    )
    .sort();
  for (const file of [...autoFiles.map((name) => path.join(dir, name)), ...(options.varFiles ?? [])]) {
    if (!fs.existsSync(file)) throw new InputError([{ file, location: "", expected: "an existing variables file" }]);
    for (const [key, value] of Object.entries(await readVarFile(file))) rootVars[key] = fromJsonValue(value);
  }
  return rootVars;
}

/**
 * Terraform rejects a folder that declares the same resource twice (example folders often do):
 * the first declaration (by address order) is assessed and the rest are reported.
 */
function firstDeclarations(
  resources: GenesysResource[],
  onWarning: ((message: string) => void) | undefined,
): GenesysResource[] {
  resources.sort((a, b) => a.address.localeCompare(b.address));
  const seen = new Map<string, GenesysResource>();
  const duplicates: string[] = [];
  for (const resource of resources) {
    const first = seen.get(resource.address);
    if (first)
      duplicates.push(
        `${resource.address} is declared in ${first.location.file} and again in ${resource.location.file}; Terraform rejects duplicates, only the first is assessed`,
      );
    else seen.set(resource.address, resource);
  }
  for (const message of duplicates) onWarning?.(message);
  return [...seen.values()];
}

/**
 * Reads a folder of Terraform: variable defaults, terraform.tfvars and *.auto.tfvars, --var-file
 * files, locals, jsonencode, string templates and local modules are evaluated; what cannot be
 * evaluated stays a "${...}" expression, which the engine treats as unknown.
 */
export async function readHclFolder(dir: string, options: HclReadOptions = {}): Promise<Inventory> {
  const rootVars = await rootVariables(dir, options);
  const reading: Reading = { resources: [], providers: [], onWarning: options.onWarning };
  const versionConstraints: string[] = [];
  const tree = await readModuleTree(
    { dir, files: await parseModuleFolder(dir) },
    { rootDir: dir, manifest: readModuleManifest(dir), parseFolder: parseModuleFolder },
  );
  const root = rootModuleInstance(tree, dir, rootVars, new EvaluationBudget());
  withEvaluationProblems(tree, dir, () =>
    readModule({ instance: root, providers: {}, versionConstraints }, reading, 0),
  );
  return InventorySchema.parse({
    origin: `Terraform folder ${dir}`,
    scope: `folder "${path.basename(path.resolve(dir))}"`,
    resources: firstDeclarations(reading.resources, options.onWarning),
    providers: reading.providers,
    ...(versionConstraints.length > 0 ? { genesysVersionConstraints: versionConstraints } : {}),
  });
}

/**
 * The Genesys resources of the modules a Terraform JSON configuration calls (what `cdktf synth` writes
 * for a `TerraformHclModule`: a local module copied into the stack's assets, or a registry module
 * `terraform init` installs in the stack's folder), read as Terraform reads them from `dir`. A module
 * that cannot be read is an InputError naming the module call.
 */
export async function readJsonConfigurationModules(
  json: unknown,
  where: { dir: string; origin: string; onWarning?: (message: string) => void },
): Promise<GenesysResource[]> {
  const document = terraformJsonDocument(json, where.origin);
  if (Object.keys(document.module).length === 0) return [];
  const root = { file: where.origin, text: JSON.stringify(json), document };
  const tree = await readModuleTree(
    { dir: where.dir, files: [root] },
    { rootDir: where.dir, manifest: readModuleManifest(where.dir), parseFolder: parseModuleFolder },
  );
  const reading: Reading = { resources: [], providers: [], onWarning: where.onWarning };
  const instance = rootModuleInstance(tree, where.dir, {}, new EvaluationBudget());
  withEvaluationProblems(tree, where.origin, () => readCalledModules(tree, instance, reading, where.onWarning));
  return reading.resources;
}

function readCalledModules(
  tree: ModuleFolder,
  instance: ModuleInstance,
  reading: Reading,
  onWarning?: (message: string) => void,
): void {
  for (const site of tree.calls) {
    const { instances, unresolved } = calledInstances(instance, site);
    if (unresolved) onWarning?.(unresolved);
    for (const called of instances)
      readModule(
        { instance: called.instance, providers: providersPassed({ instance, providers: {} }, site.block) },
        reading,
        1,
      );
  }
}

/** Every file of a module tree, each folder once: where an expression that failed to evaluate is looked for. */
function treeFiles(tree: ModuleFolder): ParsedFile[] {
  const files: ParsedFile[] = [];
  const seen = new Set<ModuleFolder>();
  const pending = [tree];
  for (let folder = pending.pop(); folder; folder = pending.pop()) {
    if (seen.has(folder)) continue;
    seen.add(folder);
    files.push(...folder.files);
    pending.push(...folder.calls.map((site) => site.called));
  }
  return files;
}

/**
 * Evaluation is lazy (locals and module outputs where first used), so an expression past the budget,
 * or a template Terraform rejects, is looked for in every file of the configuration.
 */
function withEvaluationProblems(tree: ModuleFolder, fallback: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (error instanceof BudgetExceeded) throw budgetInputError(error, treeFiles(tree), fallback);
    if (error instanceof TemplateSyntaxError) throw templateInputError(error, treeFiles(tree));
    throw error;
  }
}
