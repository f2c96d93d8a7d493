import * as path from "node:path";
import { evaluateBody } from "./hcl/evaluate-body";
import type { Scope } from "./hcl/expression";
import { readModuleManifest } from "./hcl/downloaded-modules";
import { instanceSuffix, resourceInstances, type ResourceInstance } from "./hcl/instances";
import {
  authorInstance,
  calledInstances,
  rootModuleInstance,
  scopeOf,
  type ModuleInstance,
} from "./hcl/module-instances";
import { assertReferencesDeclared } from "./hcl/declared-references";
import { readModuleTree, type ModuleFolder } from "./hcl/module-tree";
import { BudgetExceeded, EvaluationBudget } from "./hcl/budget";
import { budgetInputError } from "./hcl/budget-problem";
import { templateInputError } from "./hcl/prepare-document";
import { TemplateSyntaxError } from "./hcl/template-syntax";
import { parseTerraformFolder, type ParsedFile } from "./terraform-folder";
import { declaredVariables, givenRootVariables, type VariableArgument } from "./variable-values";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig, type WrittenFile } from "./model";
import { FILE_WRITER_TYPES, writerArguments, writtenFile } from "./written-files";
import { InputError } from "../validation/input-error";
import { lockedGenesysConstraint } from "./provider-lock";
import {
  assertProviderScopes,
  childProviderScope,
  genesysReference,
  providerReference,
  rootProviderScope,
  type ProviderScope,
} from "./hcl/provider-scope";
import { genesysVersionConstraints } from "./provider-version";
import { credentialsWrittenIn } from "./provider-credentials";
import { genesysProvider, genesysResource } from "./read-terraform-json";
import { lastAtOrBefore } from "../validation/sorted-search";
import { terraformJsonDocument } from "./terraform-json-blocks";
import { assertConformsToSchema, documentProblems } from "./schema-check/assert-schema";
import { compareText } from "../text-order";
import { assertNoVariablesInCliArgs } from "./terraform-cli-args";

type Body = Record<string, unknown>;

const GENESYS_PREFIX = "genesyscloud_";

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

/** One instance of a module being read, with the provider configurations its references mean. */
interface ModuleCall {
  instance: ModuleInstance;
  /** The same instance as the author of its remote module package sees it (authorInstance); undefined outside one. */
  author?: ModuleInstance;
  providerScope: ProviderScope;
  /** Collects the genesyscloud version constraints of the root module's terraform blocks. */
  versionConstraints?: string[];
}

/** What reading a configuration gathers from all its modules. */
interface Reading {
  resources: GenesysResource[];
  writtenFiles: WrittenFile[];
  providers: ProviderConfig[];
  /** The module paths whose own provider configurations are read (a module with count is read once). */
  providerModules: Set<string>;
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
function readModule(call: ModuleCall, reading: Reading): void {
  const { folder } = call.instance;
  call.versionConstraints?.push(
    ...folder.files.flatMap(({ document }) =>
      genesysVersionConstraints((document as Record<string, unknown>).terraform),
    ),
  );
  const scope = scopeOf(call.instance);
  readProviders(call.providerScope, { scope, author: call.author && scopeOf(call.author) }, reading);
  for (const file of folder.files) readResources(file, call, scope, reading);
  for (const site of folder.calls) {
    const { instances, unresolved } = calledInstances(call.instance, site);
    if (unresolved) reading.onWarning?.(unresolved);
    const providerScope = childProviderScope(call.providerScope, site);
    // Terraform selects one provider version for every module: each module's constraints count.
    for (const called of instances) {
      const author = authorInstance(call.author, site, called);
      readModule(
        { instance: called.instance, author, providerScope, versionConstraints: call.versionConstraints },
        reading,
      );
    }
  }
}

/** The files Terraform loads from a module folder, parsed, override files applied. */
function parseModuleFolder(dir: string): Promise<ParsedFile[]> {
  return parseTerraformFolder(dir);
}

/** A file as the schema check names places in it. */
function schemaSource(file: ParsedFile) {
  return {
    file: file.file,
    json: file.file.endsWith(".json"),
    text: file.text,
    declarationLine: (kind: "resource" | "data", type: string, name: string) => lineOf(file, kind, type, name),
  };
}

/** Every block of the given files against the provider schema, once per file however many instances its module has. */
function assertFilesConform(files: ParsedFile[], versionConstraints: string[]): void {
  assertConformsToSchema(
    files.flatMap((file) => documentProblems(file.document, schemaSource(file))),
    versionConstraints,
  );
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
      if (kind === "resource" && FILE_WRITER_TYPES.includes(type)) {
        readWrittenFiles(file, type, byName, call, scope, reading);
        continue;
      }
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

/** The files a file writer's instances write at apply, each evaluated as its own instance scope gives it. */
function readWrittenFiles(
  file: ParsedFile,
  type: string,
  byName: Record<string, Body[]>,
  call: ModuleCall,
  scope: Scope,
  reading: Reading,
): void {
  for (const [name, bodies] of Object.entries(byName)) {
    for (const body of bodies) {
      const where = { file: file.file, block: `resource "${type}" "${name}"` };
      for (const instance of instancesOf(body, scope, where, reading.onWarning)) {
        const rendered = evaluateBody(writerArguments(body), instance.scope);
        const address = `${call.instance.prefix}${type}.${name}${instanceSuffix(instance.key)}`;
        const location = { file: file.file, line: lineOf(file, "resource", type, name) };
        reading.writtenFiles.push(writtenFile(address, rendered as Body, location));
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
  const provider = configurationOf(declaration, call.providerScope);
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

/** The provider configuration a declaration is deployed with, as Terraform resolves its `provider` argument. */
function configurationOf(declaration: Declaration, scope: ProviderScope): string {
  const { file, kind, type, name, body } = declaration;
  const where = { file: file.file, location: `${kind === "data" ? "data " : ""}${type}.${name} provider` };
  const reference = body.provider === undefined ? "genesyscloud" : providerReference(body.provider);
  if (!reference) throw new InputError([{ ...where, expected: "a provider reference such as genesyscloud.eu" }]);
  const local = genesysReference(reference, scope.names);
  if (!local)
    throw new InputError([
      {
        ...where,
        expected: `a configuration of the Genesys Cloud provider: this module does not require it under the name "${reference.split(".")[0]}"`,
      },
    ]);
  const key = scope.resolve(local);
  if (key === undefined)
    throw new InputError([
      {
        ...where,
        expected: `a provider configuration for ${local} in ${scope.path || "the root module"}: none is declared there and its caller passes none (Terraform: Provider configuration not present)`,
      },
    ]);
  return key;
}

/** A provider block evaluated as its package's author sees it; nothing, when that evaluation runs out of its own budget. */
function asTheAuthorSeesIt(body: Body, author: Scope): Body {
  try {
    return evaluateBody(body, author) as Body;
  } catch (error) {
    if (error instanceof BudgetExceeded) return {};
    throw error;
  }
}

/** The provider configurations a module declares itself, each read once whatever its module's instances. */
function readProviders(providerScope: ProviderScope, scopes: { scope: Scope; author?: Scope }, reading: Reading): void {
  if (reading.providerModules.has(providerScope.path)) return;
  reading.providerModules.add(providerScope.path);
  for (const block of providerScope.own) {
    const provider = genesysProvider(evaluateBody(block.body, scopes.scope) as Body, { file: block.file });
    if (!providerScope.path) {
      reading.providers.push(provider);
      continue;
    }
    reading.providers.push({
      ...provider,
      module: providerScope.path,
      ...(providerScope.remoteSource ? { module_source: providerScope.remoteSource } : {}),
      ...(scopes.author && credentialsWrittenIn(asTheAuthorSeesIt(block.body, scopes.author))
        ? { credentials_written: true as const }
        : {}),
    });
  }
}

export interface HclReadOptions {
  /** -var-file files, applied after the folder's own variable files and before `variableArguments`. */
  varFiles?: string[];
  /** -var-file and -var options, in the order given on the command line. */
  variableArguments?: VariableArgument[];
  onWarning?: (message: string) => void;
  /** Where TF_VAR_<name> variables come from, as Terraform reads them; process.env by default. */
  env?: Record<string, string | undefined>;
}

/**
 * Terraform rejects a folder that declares the same resource twice (example folders often do):
 * the first declaration (by address order) is assessed and the rest are reported.
 */
function firstDeclarations(
  resources: GenesysResource[],
  onWarning: ((message: string) => void) | undefined,
): GenesysResource[] {
  resources.sort((a, b) => compareText(a.address, b.address));
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
 * Reads a folder of Terraform as Terraform loads it (terraform-folder.ts): its variables, the
 * command line's -var-file and -var, locals, jsonencode, string templates and local modules are evaluated; what cannot be
 * evaluated stays a "${...}" expression, which the engine treats as unknown.
 */
export async function readHclFolder(dir: string, options: HclReadOptions = {}): Promise<Inventory> {
  assertNoVariablesInCliArgs(options.env ?? process.env);
  const variableArguments: VariableArgument[] = [
    ...(options.varFiles ?? []).map((file) => ({ option: "-var-file" as const, file })),
    ...(options.variableArguments ?? []),
  ];
  const reading: Reading = {
    resources: [],
    writtenFiles: [],
    providers: [],
    providerModules: new Set(),
    onWarning: options.onWarning,
  };
  const versionConstraints: string[] = [];
  const tree = await readModuleTree(
    { dir, files: await parseModuleFolder(dir) },
    { rootDir: dir, manifest: readModuleManifest(dir, options.env), parseFolder: parseModuleFolder },
  );
  assertReferencesDeclared(tree, { rootReferences: true });
  const given = await givenRootVariables(dir, declaredVariables(tree.files), {
    arguments: variableArguments,
    env: options.env,
    onWarning: options.onWarning,
  });
  const root = rootModuleInstance(tree, dir, given, new EvaluationBudget());
  const rootScope = rootProviderScope(tree);
  assertProviderScopes(rootScope, tree);
  withEvaluationProblems(tree, dir, () =>
    readModule({ instance: root, providerScope: rootScope, versionConstraints }, reading),
  );
  versionConstraints.push(...(await lockedGenesysConstraint(dir, versionConstraints)));
  assertFilesConform(treeFiles(tree), versionConstraints);
  return InventorySchema.parse({
    origin: `Terraform folder ${dir}`,
    scope: `folder "${path.basename(path.resolve(dir))}"`,
    resources: firstDeclarations(reading.resources, options.onWarning),
    providers: reading.providers,
    ...(reading.writtenFiles.length > 0 ? { writtenFiles: reading.writtenFiles } : {}),
    ...(versionConstraints.length > 0 ? { genesysVersionConstraints: versionConstraints } : {}),
  });
}

/** What the modules a Terraform JSON configuration calls hold: their Genesys resources and the files they write. */
export interface ModuleReading {
  resources: GenesysResource[];
  writtenFiles: WrittenFile[];
  /** The modules' own provider configurations (the configuration's own are its reader's). */
  providers: ProviderConfig[];
  /**
   * The genesyscloud version constraints the modules add, and the version the folder's dependency lock file pins
   * when every constraint admits it (`= 1.25.1`): Terraform selects one version for the whole configuration.
   */
  versionConstraints: string[];
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
): Promise<ModuleReading> {
  const document = terraformJsonDocument(json, where.origin);
  const own = genesysVersionConstraints((json as Record<string, unknown>).terraform);
  if (Object.keys(document.module).length === 0)
    return {
      resources: [],
      writtenFiles: [],
      providers: [],
      versionConstraints: await lockedGenesysConstraint(where.dir, own),
    };
  const root = { file: where.origin, text: JSON.stringify(json), document };
  const tree = await readModuleTree(
    { dir: where.dir, files: [root] },
    { rootDir: where.dir, manifest: readModuleManifest(where.dir), parseFolder: parseModuleFolder },
  );
  assertReferencesDeclared(tree, { rootReferences: false });
  const reading: Reading = {
    resources: [],
    writtenFiles: [],
    providers: [],
    providerModules: new Set(),
    onWarning: where.onWarning,
  };
  // The configuration itself is checked by readTerraformJson; the modules' files here.
  const moduleFiles = treeFiles(tree).filter((file) => file !== root);
  const added = moduleFiles.flatMap(({ document }) =>
    genesysVersionConstraints((document as Record<string, unknown>).terraform),
  );
  added.push(...(await lockedGenesysConstraint(where.dir, [...own, ...added])));
  assertFilesConform(moduleFiles, [...own, ...added]);
  const instance = rootModuleInstance(tree, where.dir, {}, new EvaluationBudget());
  withEvaluationProblems(tree, where.origin, () => readCalledModules(tree, instance, reading, where.onWarning));
  return {
    resources: reading.resources,
    writtenFiles: reading.writtenFiles,
    providers: reading.providers,
    versionConstraints: added,
  };
}

function readCalledModules(
  tree: ModuleFolder,
  instance: ModuleInstance,
  reading: Reading,
  onWarning?: (message: string) => void,
): void {
  const rootScope = rootProviderScope(tree);
  assertProviderScopes(rootScope, tree);
  for (const site of tree.calls) {
    const { instances, unresolved } = calledInstances(instance, site);
    if (unresolved) onWarning?.(unresolved);
    const providerScope = childProviderScope(rootScope, site);
    for (const called of instances)
      readModule(
        { instance: called.instance, author: authorInstance(undefined, site, called), providerScope },
        reading,
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
