import { InputError } from "../validation/input-error";
import { checkUserJsonShape } from "../validation/user-json";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { plannedBody, type PlanBodyProblem } from "./plan-bodies";
import { configurationKeyParts } from "./hcl/provider-scope";
import { GENESYS_SOURCE } from "./provider-version";
import { providerSchema, resourceSchema, type SchemaBlock } from "./provider-schema";
import { parseInstanceAddress } from "./plan-addresses";
import {
  checkConfiguredModes,
  configAddressOf,
  configuredResources,
  plannedResources,
  type ConfiguredEntry,
  type Located,
} from "./plan-index";
import { changesByAddress, deposedKeyOf, plannedValuesOf, readValuesOf, type ResourceChange } from "./plan-values";
import { checkEveryConfiguredResourcePlanned } from "./plan-coverage";
import { PlanSchema, type ConfiguredResource, type Plan, type PlannedResource } from "./plan-schema";
import { blockShapeProblems } from "./block-shapes";
import { prefixReferences } from "./module-references";
import { isLocalModuleSource } from "./hcl/module-tree";
import { credentialsWrittenIn } from "./provider-credentials";
import { assertPlanConfigurationSchema } from "./schema-check/plan-configuration";
import { genesysProvider, genesysResource } from "./read-terraform-json";
import { compareText } from "../text-order";
import { FILE_WRITER_TYPES, writtenFile } from "./written-files";
import { IDENTIFIER_SOURCE } from "./terraform-identifier";

type Json = Record<string, unknown>;

const SUPPORTED_FORMAT = /^1\.\d+$/;
const GENESYS_PREFIX = "genesyscloud_";

/** One plan being read: what every step looks up, and the resources read so far. */
interface PlanReading {
  file: string;
  variables: Record<string, unknown>;
  planned: Map<string, Located<PlannedResource>>;
  /** Data sources read while planning (prior_state), by address. */
  read: Map<string, Located<PlannedResource>>;
  configured: Map<string, ConfiguredEntry>;
  changes: Map<string, Located<ResourceChange>>;
  providerConfig: Plan["configuration"]["provider_config"];
  rootModule: Plan["configuration"]["root_module"];
  resources: GenesysResource[];
}

const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);

function fail(file: string, location: string, expected: string): never {
  throw new InputError([{ file, location, expected }]);
}

/** A Genesys resource by its type or by its address: a plan whose two disagree must not drop it. */
function namesGenesys(entry: { address: string; type: string }): boolean {
  return (
    entry.type.startsWith(GENESYS_PREFIX) ||
    (parseInstanceAddress(entry.address)?.type.startsWith(GENESYS_PREFIX) ?? false)
  );
}

/** Actions after which the resource no longer exists in what this configuration deploys. */
function isRemoved(actions: string[]): boolean {
  return actions.length === 1 && (actions[0] === "delete" || actions[0] === "forget");
}

/** What each action Terraform plans does to a resource, as a participle: `forget` is "forgotten", not "forgetd". */
const DONE: Record<string, string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  forget: "forgotten",
  read: "read",
  "no-op": "left unchanged",
};

/** `deleted then created` for ["delete", "create"]; an action Terraform does not plan is quoted as written. */
const done = (actions: string[]) =>
  actions.map((action) => (Object.hasOwn(DONE, action) ? DONE[action] : JSON.stringify(action))).join(" then ");

/**
 * May the planned values keep prior values the configuration no longer says (ignore_changes, or a
 * difference the provider suppresses)? Only when the change updates an existing object, or leaves it
 * unchanged: a create has no prior object, and for a replacement Terraform plans the new object from
 * the configuration "with no ignored values" (node_resource_abstract_instance.go, plan()).
 */
function keepsPriorValues(change: ResourceChange["change"] | undefined): boolean {
  const actions = change?.actions ?? [];
  return actions.length === 1 && (actions[0] === "update" || actions[0] === "no-op") && isObject(change?.before);
}

type ProviderConfigEntry = NonNullable<Plan["configuration"]["provider_config"]>[string];

/** The Genesys Cloud provider under any local name: a plan names each configuration's source (`full_name`). */
function isGenesysProvider(entry: ProviderConfigEntry): boolean {
  return entry.name === "genesyscloud" || (typeof entry.full_name === "string" && GENESYS_SOURCE.test(entry.full_name));
}

/** `module.a` for a module's own provider configuration (keyed `module.a:genesyscloud`); undefined for the root's. */
function moduleOf(key: string): string | undefined {
  return configurationKeyParts(key).module;
}

/**
 * A module's provider block with no arguments stands for what its caller passes under that name, or, passed nothing,
 * for its own configuration from the environment; the plan does not keep the call's `providers` argument, so it cannot
 * say which. The two agree only when no configuration in the plan sets where the org is (aws_region, gateway).
 */
function emptyModuleBlockIsKnown(
  key: string,
  entry: ProviderConfigEntry,
  providerConfig: Plan["configuration"]["provider_config"],
): boolean {
  if (!moduleOf(key) || Object.keys(entry.expressions ?? {}).length > 0) return true;
  return Object.values(providerConfig ?? {}).every(
    (other) =>
      !isGenesysProvider(other) ||
      (other.expressions?.aws_region === undefined && other.expressions?.gateway === undefined),
  );
}

function unresolvedProvider(key: string): string {
  return `genesyscloud.unresolved-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/**
 * The configuration a resource uses: `genesyscloud.eu` for a root alias, `module.a:genesyscloud` for a module's own,
 * undefined for the root default.
 */
function providerOf(
  configured: ConfiguredResource,
  providerConfig: Plan["configuration"]["provider_config"],
): string | undefined {
  const key = configured.provider_config_key;
  const entry = key ? providerConfig?.[key] : undefined;
  // A key the plan does not resolve is not silently the default: no configuration matches it, so the region is unknown.
  if (key && !entry && !/(^|:)genesyscloud$/.test(key)) return unresolvedProvider(key);
  if (!key || !entry) return undefined;
  if (!emptyModuleBlockIsKnown(key, entry, providerConfig)) return unresolvedProvider(key);
  if (moduleOf(key)) return key;
  return entry.alias ? `genesyscloud.${entry.alias}` : undefined;
}

/** The plan, checked: format 1.x, the parts a saved plan has, then the shape the reader reads. */
function checkedPlan(plan: unknown, file: string): Plan {
  const root = (plan && typeof plan === "object" ? plan : {}) as Json;
  const format = root.format_version;
  if (typeof format !== "string" || !SUPPORTED_FORMAT.test(format))
    fail(file, "format_version", `a Terraform plan JSON of format 1.x, got ${JSON.stringify(format ?? null)}`);
  if (!root.configuration || !root.planned_values)
    fail(
      file,
      root.configuration ? "planned_values" : "configuration",
      "the output of terraform show -json for a saved plan (planned_values and configuration)",
    );
  return checkUserJsonShape(plan, PlanSchema, file);
}

/** A body as it will be deployed; every problem is named under `at` (exit 2). */
function bodyOf(
  reading: PlanReading,
  expressions: unknown,
  values: unknown,
  schema: SchemaBlock | undefined,
  at: string,
  prior = false,
): Json {
  const problems: PlanBodyProblem[] = [];
  const body = plannedBody(expressions ?? {}, values, reading.variables, schema, problems, prior);
  if (problems.length > 0)
    throw new InputError(
      problems.map((problem) => ({ file: reading.file, location: `${at}.${problem.at}`, expected: problem.expected })),
    );
  return body;
}

/** The configuration block an instance came from, which must be there and of the same type. */
function configurationOf(reading: PlanReading, address: string, type: string, where: string) {
  const config = reading.configured.get(configAddressOf(address)!);
  if (!config)
    return fail(
      reading.file,
      where,
      `${address} in configuration too (configuration supplies its expressions); it is not there`,
    );
  if (config.item.type !== type)
    fail(
      reading.file,
      config.at,
      `type ${type}, as planned for ${address}; the configuration says ${config.item.type}`,
    );
  return config;
}

/** Reads one resource instance: its planned values, with the configuration's expressions and provider. */
function readResource(
  reading: PlanReading,
  address: string,
  type: string,
  plannedEntry: Located<PlannedResource> | undefined,
  where: string,
): void {
  const { file } = reading;
  const parsed =
    parseInstanceAddress(address) ?? fail(file, where, `a Terraform resource address, got ${JSON.stringify(address)}`);
  if (parsed.type !== type)
    fail(file, where, `a resource whose type (${type}) is the one its address names (${address})`);
  const config = configurationOf(reading, address, type, where);
  const schema = resourceSchema(type, parsed.mode);
  for (const problem of blockShapeProblems(plannedEntry?.item.values ?? {}, schema))
    fail(file, `${plannedEntry!.at}.values.${problem.at}`, problem.expected);
  const values =
    plannedEntry &&
    (reading.read.get(address) === plannedEntry
      ? readValuesOf(plannedEntry, file)
      : plannedValuesOf(plannedEntry, reading.changes.get(address), file));
  const at = `${config.at}.expressions`;
  const prior = parsed.mode === "managed" && keepsPriorValues(reading.changes.get(address)?.item.change);
  const body = prefixReferences(
    bodyOf(reading, config.item.expressions, values, schema, at, prior),
    parsed.modulePath,
  ) as Json;
  for (const problem of blockShapeProblems(body, schema)) fail(file, `${at}.${problem.at}`, problem.expected);
  const provider = providerOf(config.item, reading.providerConfig);
  reading.resources.push(
    genesysResource(
      parsed.mode,
      type,
      parsed.name,
      { ...body, ...(provider ? { provider } : {}), depends_on: config.item.depends_on },
      { file },
      parsed.modulePath,
      parsed.key,
    ),
  );
}

/** One managed Genesys change: read unless it removes the resource, and consistent with planned_values. */
function readChange(reading: PlanReading, change: ResourceChange, index: number, deployed: Set<string>): void {
  const { file } = reading;
  const where = `resource_changes[${index}] (${change.address})`;
  const plannedEntry = reading.planned.get(change.address);
  const actions = change.change.actions;
  if (isRemoved(actions)) {
    if (plannedEntry)
      fail(
        file,
        where,
        `a resource that is ${done(actions)} to be absent from planned_values; it is planned at ${plannedEntry.at}`,
      );
    return;
  }
  if (!plannedEntry)
    return fail(file, where, `${change.address} in planned_values too (it is to be ${done(actions)}); it is not there`);
  if (plannedEntry.item.type !== change.type)
    fail(
      file,
      plannedEntry.at,
      `type ${change.type}, as resource_changes[${index}] says; planned_values says ${plannedEntry.item.type}`,
    );
  deployed.add(change.address);
  readResource(reading, change.address, change.type, plannedEntry, where);
}

/** What will be deployed: every change but a removal; every planned managed resource must have one. */
function readChanges(reading: PlanReading, changes: ResourceChange[]): void {
  const deployed = new Set<string>();
  changes.forEach((change, index) => {
    // A deposed object's change (checked by changesByAddress) removes an object no configuration deploys.
    if (change.mode === "managed" && deposedKeyOf(change) === undefined && namesGenesys(change))
      readChange(reading, change, index, deployed);
  });
  for (const [address, { item, at }] of reading.planned) {
    if (item.mode !== "managed" || !namesGenesys(item) || deployed.has(address)) continue;
    fail(
      reading.file,
      at,
      `a change for ${address} in resource_changes (every planned resource has one, no-op included); it has none`,
    );
  }
}

/** Data instances by the configuration block they come from. */
function dataByBlock(resources: Map<string, Located<PlannedResource>>) {
  const byBlock = new Map<string, Array<[string, Located<PlannedResource>]>>();
  for (const [address, entry] of resources) {
    const block = entry.item.mode === "data" ? configAddressOf(address) : undefined;
    if (block !== undefined) byBlock.set(block, [...(byBlock.get(block) ?? []), [address, entry]]);
  }
  return byBlock;
}

/**
 * Data sources are read, not deployed: one read during apply is planned (planned_values, with its
 * read change), one read while planning is in prior_state with the values it read; either way the
 * configuration supplies its references. Only one neither holds is read from its configuration alone.
 */
function readDataSources(reading: PlanReading): void {
  const plannedData = dataByBlock(reading.planned);
  const readData = dataByBlock(reading.read);
  for (const [address, { item }] of reading.configured) {
    if (item.mode !== "data" || !item.type.startsWith(GENESYS_PREFIX)) continue;
    const instances = plannedData.get(address) ?? readData.get(address) ?? [];
    if (instances.length === 0) readResource(reading, address, item.type, undefined, address);
    for (const [plannedAddress, entry] of instances) readResource(reading, plannedAddress, item.type, entry, entry.at);
  }
}

/** The Genesys providers configured; the plan has no planned values for them, their expressions are all there is. */
function readProviders(reading: PlanReading): ProviderConfig[] {
  return Object.entries(reading.providerConfig ?? {})
    .filter(([key, entry]) => isGenesysProvider(entry) && emptyModuleBlockIsKnown(key, entry, reading.providerConfig))
    .map(([key, entry]) => {
      const provider = genesysProvider(
        {
          ...bodyOf(
            reading,
            entry.expressions,
            undefined,
            providerSchema(),
            `configuration.provider_config.${key}.expressions`,
          ),
          ...(entry.alias ? { alias: entry.alias } : {}),
        },
        { file: reading.file },
      );
      const module = moduleOf(key);
      if (!module) return provider;
      const calls = moduleCallsOn(reading.rootModule, module);
      const source = remoteModuleSource(calls);
      const call = calls.length === module.split(".").length / 2 ? calls.at(-1) : undefined;
      const written = Object.fromEntries(
        Object.entries(entry.expressions ?? {}).map(([name, expression]) => [name, authorsValue(expression, call)]),
      );
      return {
        ...provider,
        module,
        ...(source ? { module_source: source } : {}),
        ...(credentialsWrittenIn(written) ? { credentials_written: true as const } : {}),
      };
    });
}

const jsonObject = (value: unknown): Json | undefined => (isObject(value) ? value : undefined);

/** Each module call on the way to `module.a.module.b` (its `source`, `expressions` and `module`), from the plan's configuration. */
function moduleCallsOn(root: PlanReading["rootModule"], modulePath: string): Json[] {
  const calls: Json[] = [];
  let current: Json | undefined = root;
  for (const name of modulePath.split(".").filter((_, index) => index % 2 === 1)) {
    const call = jsonObject(jsonObject(current?.module_calls)?.[name]);
    if (!call) break;
    calls.push(call);
    current = jsonObject(call.module);
  }
  return calls;
}

/**
 * A provider argument's value as the module's own code fixes it: a literal (`constant_value`), or a variable of the
 * module that its call leaves to its default. Undefined for what the call passes, locals (a plan does not record
 * their values) and anything else.
 */
const VARIABLE_REFERENCE = new RegExp(`^var\\.(${IDENTIFIER_SOURCE})$`, "u");

function authorsValue(expression: unknown, call: Json | undefined): unknown {
  const written = jsonObject(expression);
  if (written && "constant_value" in written) return written.constant_value;
  const references = written?.references;
  const [reference] = Array.isArray(references) ? references : [];
  const variable = typeof reference === "string" ? VARIABLE_REFERENCE.exec(reference)?.[1] : undefined;
  if (!variable || !call || Object.hasOwn(jsonObject(call.expressions) ?? {}, variable)) return undefined;
  return jsonObject(jsonObject(jsonObject(call.module)?.variables)?.[variable])?.default;
}

/**
 * The source of the remote module package the code of a module comes from (the last remote call on the way there, as
 * the plan's configuration records it); undefined when every call on the way is local.
 */
function remoteModuleSource(calls: Json[]): string | undefined {
  let remote: string | undefined;
  for (const { source } of calls) if (typeof source === "string" && !isLocalModuleSource(source)) remote = source;
  return remote;
}

/**
 * Reads `terraform show -json` output of a plan into an inventory. What will be deployed is
 * `resource_changes` (every action but a lone delete or forget) and `planned_values`;
 * `configuration` supplies the references and expressions. Where the three disagree (a resource
 * in one and not the other, a type that differs) the plan cannot be assessed: that is an input
 * error naming the place, never a resource quietly left out.
 */
export function readPlanJson(plan: unknown, file: string): Inventory {
  const {
    variables,
    planned_values: plannedValues,
    configuration,
    resource_changes: changes = [],
    complete,
    applyable,
    prior_state: priorState,
  } = checkedPlan(plan, file);
  const reading: PlanReading = {
    file,
    variables: Object.fromEntries(Object.entries(variables ?? {}).map(([name, entry]) => [name, entry.value])),
    planned: plannedResources(plannedValues.root_module, file),
    read: plannedResources(priorState?.values?.root_module, file, "prior_state.values.root_module"),
    configured: configuredResources(configuration.root_module),
    changes: changesByAddress(changes, file),
    providerConfig: configuration.provider_config,
    rootModule: configuration.root_module,
    resources: [],
  };
  // Names first: a misspelt argument is named with the closest one, before the parts are compared.
  assertPlanConfigurationSchema(configuration, file);
  checkConfiguredModes(reading.configured, file);
  readChanges(reading, changes);
  if (complete !== false && applyable !== false)
    checkEveryConfiguredResourcePlanned(reading.configured, reading.planned, reading.changes.keys(), file);
  readDataSources(reading);
  const providers = readProviders(reading);
  reading.resources.sort((a, b) => compareText(a.address, b.address));
  const versions = Object.values(configuration.provider_config ?? {}).flatMap((entry) =>
    isGenesysProvider(entry) && typeof entry.version_constraint === "string" ? [entry.version_constraint] : [],
  );
  const writtenFiles = [...reading.planned.values()]
    .filter(({ item }) => item.mode === "managed" && FILE_WRITER_TYPES.includes(item.type))
    .map(({ item }) => writtenFile(item.address, (item.values ?? {}) as Json, { file }));
  return InventorySchema.parse({
    origin: `Terraform plan ${file}`,
    scope: `plan "${file}"`,
    resources: reading.resources,
    providers,
    ...(writtenFiles.length > 0 ? { writtenFiles } : {}),
    ...(versions.length > 0 ? { genesysVersionConstraints: versions } : {}),
  });
}
