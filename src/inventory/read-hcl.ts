import { parseUserJson } from "../validation/user-json";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { readRegularFile } from "../validation/regular-file";
import { parseHclDocument } from "./hcl/parse-hcl-document";
import { assertTerraformBlocks } from "./top-level-blocks";
import { evaluateBody } from "./hcl/evaluate-body";
import { evaluateTemplate, type HclValue, type Scope } from "./hcl/expression";
import { moduleScope } from "./hcl/module-scope";
import { installedModuleDir, readModuleManifest, type ModuleManifest } from "./hcl/downloaded-modules";
import { instanceSuffix, resourceInstances, type ResourceInstance } from "./hcl/instances";
import { applyOverrides } from "./hcl/override-files";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { prefixReferences } from "./module-references";
import { genesysVersionConstraints } from "./provider-version";
import { genesysProvider, genesysResource } from "./read-terraform-json";
import { assertResourceLabels, terraformJsonDocument } from "./terraform-json-blocks";
import { lastAtOrBefore } from "../validation/sorted-search";
import { assertConformsToSchema, documentProblems, type SchemaInputProblem } from "./schema-check/assert-schema";

type Body = Record<string, unknown>;
type HclDocument = Record<string, unknown>;

interface ParsedFile {
  file: string;
  text: string;
  document: HclDocument;
}

const GENESYS_PREFIX = "genesyscloud_";

/** Terraform reads both native syntax (.tf) and JSON syntax (.tf.json) files of a folder. */
export function isTerraformFile(name: string): boolean {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}

async function parseFile(file: string): Promise<ParsedFile> {
  const text = readRegularFile(file);
  if (file.endsWith(".json")) {
    const json = parseUserJson({ file, what: "Terraform configuration in JSON syntax", text });
    return { file, text, document: terraformJsonDocument(json, file) };
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

interface ModuleCall {
  prefix: string;
  /** The module's key in .terraform/modules/modules.json: "" for the root, "a.b" for module b inside a. */
  key: string;
  dir: string;
  /** The folder given to the gate: Terraform resolves relative file paths against it. */
  rootDir: string;
  inputs: Record<string, HclValue>;
  manifest?: ModuleManifest;
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
  rootVars: Record<string, HclValue>;
  resources: GenesysResource[];
  providers: ProviderConfig[];
  onWarning?: (message: string) => void;
  /** What Terraform would refuse against the provider schema, in every module read. */
  schemaProblems: SchemaInputProblem[];
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

/** Reads one module folder (and the local modules it calls) into Genesys resources. */
async function readModule(call: ModuleCall, reading: Reading, depth: number): Promise<void> {
  if (depth > 16)
    throw new InputError([
      { file: call.dir, location: "", expected: "local modules nested fewer than 16 deep (is there a cycle?)" },
    ]);
  const files = fs.readdirSync(call.dir).filter(isTerraformFile).sort();
  const parsed = applyOverrides(await Promise.all(files.map((name) => parseFile(path.join(call.dir, name)))));
  call.versionConstraints?.push(
    ...parsed.flatMap(({ document }) => genesysVersionConstraints((document as Record<string, unknown>).terraform)),
  );
  const { defaults, locals } = declaredVariablesAndLocals(parsed);
  const variables = { ...defaults, ...(depth === 0 ? reading.rootVars : {}), ...call.inputs };
  const scope = moduleScope(call, variables, locals);
  for (const file of parsed) {
    reading.schemaProblems.push(...documentProblems(file.document, schemaSource(file)));
    readResources(file, call, scope, reading);
    if (depth === 0) readProviders(file, scope, reading.providers);
    await readModuleCalls(file, call, scope, reading, depth);
  }
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

/** The default of every variable a module declares, and the source of all its locals blocks. */
function declaredVariablesAndLocals(parsed: ParsedFile[]): {
  defaults: Record<string, HclValue>;
  locals: Record<string, unknown>;
} {
  const defaults: Record<string, HclValue> = {};
  const locals: Record<string, unknown> = {};
  for (const { document } of parsed) {
    for (const [name, blocks] of Object.entries((document.variable ?? {}) as Record<string, Body[]>)) {
      const block = blocks[0];
      if (block && "default" in block) defaults[name] = fromJsonValue(block.default);
    }
    for (const block of (document.locals ?? []) as Body[]) Object.assign(locals, block);
  }
  return { defaults, locals };
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
  const evaluated = evaluateBody(body, instance.scope) as Body;
  const rendered = (call.prefix ? prefixReferences(evaluated, call.prefix) : evaluated) as Body;
  const provider = rootProvider(call, providerAddress(body.provider) ?? "genesyscloud");
  if (provider === "genesyscloud") delete rendered.provider;
  else rendered.provider = provider;
  return genesysResource(
    kind === "resource" ? "managed" : "data",
    type,
    name,
    rendered,
    { file: file.file, line: lineOf(file, kind, type, name) },
    call.prefix,
    instance.key,
  );
}

/** The root module's `provider "genesyscloud"` blocks of a file. */
function readProviders(file: ParsedFile, scope: Scope, providers: ProviderConfig[]): void {
  for (const body of ((file.document.provider as Record<string, Body[]> | undefined)?.genesyscloud ?? []) as Body[]) {
    providers.push(genesysProvider(evaluateBody(body, scope) as Body, { file: file.file }));
  }
}

/** Every instance of every module a file calls, read in turn. */
async function readModuleCalls(
  file: ParsedFile,
  call: ModuleCall,
  scope: Scope,
  reading: Reading,
  depth: number,
): Promise<void> {
  for (const [name, blocks] of Object.entries((file.document.module ?? {}) as Record<string, Body[]>)) {
    for (const block of blocks) {
      const { key, dir } = calledModuleFolder(file, call, name, block);
      const providers = providersPassed(call, block);
      const where = { file: file.file, block: `module "${name}"` };
      for (const instance of instancesOf(block, scope, where, reading.onWarning)) {
        const inputs = moduleInputs(block, instance.scope);
        const prefix = `${call.prefix}module.${name}${instanceSuffix(instance.key)}.`;
        await readModule(
          { prefix, key, dir, rootDir: call.rootDir, inputs, manifest: call.manifest, providers },
          reading,
          depth + 1,
        );
      }
    }
  }
}

/** The folder of a called module: local (`./`, `../`), else where `terraform init` installed it. */
function calledModuleFolder(
  file: ParsedFile,
  call: ModuleCall,
  name: string,
  block: Body,
): { key: string; dir: string } {
  const source = typeof block.source === "string" ? block.source : "";
  const key = call.key ? `${call.key}.${name}` : name;
  const local = source.startsWith("./") || source.startsWith("../");
  const dir = local
    ? path.resolve(call.dir, source)
    : installedModuleDir(call.manifest, call.rootDir, key, { name, source, file: file.file });
  if (!fs.existsSync(dir))
    throw new InputError([
      { file: file.file, location: `module "${name}"`, expected: `a local module folder at ${source}` },
    ]);
  return { key, dir };
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

/** The arguments of a module call that are the module's variables, evaluated for one instance. */
function moduleInputs(block: Body, scope: Scope): Record<string, HclValue> {
  const inputs: Record<string, HclValue> = {};
  for (const [key, value] of Object.entries(block)) {
    if (["source", "version", "providers", "depends_on", "count", "for_each"].includes(key)) continue;
    inputs[key] =
      typeof value === "string" ? evaluateTemplate(value, scope) : fromJsonValue(evaluateBody(value, scope));
  }
  return inputs;
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
  const reading: Reading = {
    rootVars,
    resources: [],
    providers: [],
    onWarning: options.onWarning,
    schemaProblems: [],
  };
  const versionConstraints: string[] = [];
  await readModule(
    {
      prefix: "",
      key: "",
      dir,
      rootDir: dir,
      inputs: {},
      manifest: readModuleManifest(dir),
      providers: {},
      versionConstraints,
    },
    reading,
    0,
  );
  assertConformsToSchema(reading.schemaProblems, versionConstraints);
  return InventorySchema.parse({
    origin: `Terraform folder ${dir}`,
    scope: `folder "${path.basename(path.resolve(dir))}"`,
    resources: firstDeclarations(reading.resources, options.onWarning),
    providers: reading.providers,
    ...(versionConstraints.length > 0 ? { genesysVersionConstraints: versionConstraints } : {}),
  });
}
