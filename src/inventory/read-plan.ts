import { InputError } from "../validation/input-error";
import { validateAgainst } from "../validation/schema-validator";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { plannedBody, type PlanBodyProblem } from "./plan-bodies";
import { providerSchema, resourceSchema, type SchemaBlock } from "./provider-schema";
import { parseInstanceAddress } from "./plan-addresses";
import {
  PlanSchema,
  type ConfigModule,
  type ConfiguredResource,
  type Plan,
  type PlannedModule,
  type PlannedResource,
} from "./plan-schema";
import { blockShapeProblems } from "./block-shapes";
import { prefixReferences } from "./module-references";
import { genesysProvider, genesysResource } from "./read-terraform-json";

type Json = Record<string, unknown>;

const SUPPORTED_FORMAT = /^1\.\d+$/;
const GENESYS_PREFIX = "genesyscloud_";

interface Located<T> {
  item: T;
  /** Where it is in the plan file, e.g. `planned_values.root_module.child_modules[0].resources[2]`. */
  at: string;
}

/** Every resource in planned_values, at any depth of child modules, by address. */
function plannedResources(module: PlannedModule | undefined, file: string): Map<string, Located<PlannedResource>> {
  const byAddress = new Map<string, Located<PlannedResource>>();
  const stack: Array<Located<PlannedModule>> = module ? [{ item: module, at: "planned_values.root_module" }] : [];
  while (stack.length > 0) {
    const { item: current, at } = stack.pop()!;
    (current.resources ?? []).forEach((resource, index) => {
      const place = `${at}.resources[${index}]`;
      if (byAddress.has(resource.address))
        throw new InputError([
          { file, location: place, expected: `one planned resource per address; ${resource.address} is planned twice` },
        ]);
      byAddress.set(resource.address, { item: resource, at: place });
    });
    (current.child_modules ?? []).forEach((child, index) =>
      stack.push({ item: child, at: `${at}.child_modules[${index}]` }),
    );
  }
  return byAddress;
}

/** Every configured resource, at any depth of module_calls, by its address without instance keys. */
function configuredResources(
  module: ConfigModule | undefined,
): Map<string, Located<ConfiguredResource> & { modulePath: string }> {
  const byAddress = new Map<string, Located<ConfiguredResource> & { modulePath: string }>();
  const stack: Array<{ module: ConfigModule; prefix: string; at: string }> = module
    ? [{ module, prefix: "", at: "configuration.root_module" }]
    : [];
  while (stack.length > 0) {
    const { module: current, prefix, at } = stack.pop()!;
    (current.resources ?? []).forEach((resource, index) =>
      byAddress.set(`${prefix}${resource.address}`, {
        item: resource,
        at: `${at}.resources[${index}]`,
        modulePath: prefix,
      }),
    );
    for (const [name, call] of Object.entries(current.module_calls ?? {})) {
      if (call.module)
        stack.push({
          module: call.module,
          prefix: `${prefix}module.${name}.`,
          at: `${at}.module_calls.${name}.module`,
        });
    }
  }
  return byAddress;
}

/** The address of the block in `configuration` that an instance address came from. */
function configAddressOf(address: string): string | undefined {
  const parsed = parseInstanceAddress(address);
  return parsed && `${parsed.configModulePath}${parsed.mode === "data" ? "data." : ""}${parsed.type}.${parsed.name}`;
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

/** `genesyscloud.eu` for a resource configured with an aliased provider; undefined for the default. */
function providerOf(
  configured: ConfiguredResource,
  providerConfig: Plan["configuration"]["provider_config"],
): string | undefined {
  const key = configured.provider_config_key;
  const entry = key ? providerConfig?.[key] : undefined;
  // A key the plan does not resolve is not silently the default: no configuration matches it, so the region is unknown.
  if (key && !entry && !/(^|:)genesyscloud$/.test(key))
    return `genesyscloud.unresolved-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return entry?.alias ? `${entry.name}.${entry.alias}` : undefined;
}

/**
 * Reads `terraform show -json` output of a plan into an inventory. What will be deployed is
 * `resource_changes` (every action but a lone delete or forget) and `planned_values`;
 * `configuration` supplies the references and expressions. Where the three disagree (a resource
 * in one and not the other, a type that differs) the plan cannot be assessed: that is an input
 * error naming the place, never a resource quietly left out.
 */
export function readPlanJson(plan: unknown, file: string): Inventory {
  const root = (plan && typeof plan === "object" ? plan : {}) as Json;
  const format = root.format_version;
  if (typeof format !== "string" || !SUPPORTED_FORMAT.test(format)) {
    throw new InputError([
      {
        file,
        location: "format_version",
        expected: `a Terraform plan JSON of format 1.x, got ${JSON.stringify(format ?? null)}`,
      },
    ]);
  }
  if (!root.configuration || !root.planned_values) {
    throw new InputError([
      {
        file,
        location: root.configuration ? "planned_values" : "configuration",
        expected: "the output of terraform show -json for a saved plan (planned_values and configuration)",
      },
    ]);
  }
  const problems = validateAgainst(PlanSchema, plan, file);
  if (problems.length > 0) throw new InputError(problems);
  const {
    variables: declared,
    planned_values: plannedValues,
    configuration,
    resource_changes: changes = [],
  } = plan as Plan;
  const variables = Object.fromEntries(Object.entries(declared ?? {}).map(([name, entry]) => [name, entry.value]));
  const planned = plannedResources(plannedValues.root_module, file);
  const configured = configuredResources(configuration.root_module);
  const resources: GenesysResource[] = [];
  const fail = (location: string, expected: string): never => {
    throw new InputError([{ file, location, expected }]);
  };
  /** A body as it will be deployed; every problem is named under `at` (exit 2). */
  const bodyOf = (expressions: unknown, values: unknown, schema: SchemaBlock | undefined, at: string): Json => {
    const problems: PlanBodyProblem[] = [];
    const body = plannedBody(expressions ?? {}, values, variables, schema, problems);
    if (problems.length > 0)
      throw new InputError(
        problems.map((problem) => ({ file, location: `${at}.${problem.at}`, expected: problem.expected })),
      );
    return body;
  };
  const read = (address: string, type: string, plannedEntry: Located<PlannedResource> | undefined, where: string) => {
    const parsed =
      parseInstanceAddress(address) ?? fail(where, `a Terraform resource address, got ${JSON.stringify(address)}`);
    if (parsed.type !== type) fail(where, `a resource whose type (${type}) is the one its address names (${address})`);
    const config = configured.get(configAddressOf(address)!);
    if (!config)
      return fail(where, `${address} in configuration too (configuration supplies its expressions); it is not there`);
    if (config.item.type !== type)
      fail(config.at, `type ${type}, as planned for ${address}; the configuration says ${config.item.type}`);
    const values = plannedEntry?.item.values;
    const schema = resourceSchema(type, parsed.mode);
    for (const problem of blockShapeProblems(values ?? {}, schema))
      fail(`${plannedEntry!.at}.values.${problem.at}`, problem.expected);
    const body = prefixReferences(
      bodyOf(config.item.expressions, values, schema, `${config.at}.expressions`),
      parsed.modulePath,
    ) as Json;
    for (const problem of blockShapeProblems(body, schema))
      fail(`${config.at}.expressions.${problem.at}`, problem.expected);
    const provider = providerOf(config.item, configuration.provider_config);
    resources.push(
      genesysResource(
        parsed.mode,
        type,
        parsed.name,
        provider ? { ...body, provider } : body,
        { file },
        parsed.modulePath,
        parsed.key,
      ),
    );
  };

  const deployed = new Set<string>();
  changes.forEach((change, index) => {
    if (change.mode !== "managed" || !namesGenesys(change)) return;
    const where = `resource_changes[${index}] (${change.address})`;
    const plannedEntry = planned.get(change.address);
    if (isRemoved(change.change.actions)) {
      if (plannedEntry)
        fail(
          where,
          `a resource that is ${change.change.actions[0]}d to be absent from planned_values; it is planned at ${plannedEntry.at}`,
        );
      return;
    }
    if (!plannedEntry)
      return fail(
        where,
        `${change.address} in planned_values too (it is planned to ${change.change.actions.join(" and ")}); it is not there`,
      );
    if (plannedEntry.item.type !== change.type)
      fail(
        plannedEntry.at,
        `type ${change.type}, as resource_changes[${index}] says; planned_values says ${plannedEntry.item.type}`,
      );
    if (deployed.has(change.address)) fail(where, `one change per resource; ${change.address} is listed twice`);
    deployed.add(change.address);
    read(change.address, change.type, plannedEntry, where);
  });
  for (const [address, { item, at }] of planned) {
    if (item.mode !== "managed" || !namesGenesys(item) || deployed.has(address)) continue;
    fail(
      at,
      `a change for ${address} in resource_changes (every planned resource has one, no-op included); it has none`,
    );
  }
  // Data sources are read, not deployed: they come from the configuration, with planned values when there are any.
  const plannedData = new Map<string, Array<[string, Located<PlannedResource>]>>();
  for (const [plannedAddress, entry] of planned) {
    if (entry.item.mode !== "data") continue;
    const configAddress = configAddressOf(plannedAddress);
    if (configAddress !== undefined)
      plannedData.set(configAddress, [...(plannedData.get(configAddress) ?? []), [plannedAddress, entry]]);
  }
  for (const [address, { item }] of configured) {
    if (item.mode !== "data" || !item.type.startsWith(GENESYS_PREFIX)) continue;
    const instances = plannedData.get(address) ?? [];
    if (instances.length === 0) read(address, item.type, undefined, address);
    for (const [plannedAddress, entry] of instances) read(plannedAddress, item.type, entry, entry.at);
  }
  const providers: ProviderConfig[] = Object.entries(configuration.provider_config ?? {})
    .filter(([, entry]) => entry.name === "genesyscloud")
    // The plan has no planned values for providers: their expressions are all there is.
    .map(([key, entry]) =>
      genesysProvider(
        {
          ...bodyOf(entry.expressions, undefined, providerSchema(), `configuration.provider_config.${key}.expressions`),
          ...(entry.alias ? { alias: entry.alias } : {}),
        },
        { file },
      ),
    );
  resources.sort((a, b) => a.address.localeCompare(b.address));
  const versions = Object.values(configuration.provider_config ?? {}).flatMap((entry) =>
    entry.name === "genesyscloud" && typeof entry.version_constraint === "string" ? [entry.version_constraint] : [],
  );
  return InventorySchema.parse({
    origin: `Terraform plan ${file}`,
    scope: `plan "${file}"`,
    resources,
    providers,
    ...(versions.length > 0 ? { genesysVersionConstraints: versions } : {}),
  });
}
