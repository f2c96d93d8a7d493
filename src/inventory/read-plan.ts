import { InputError } from "../validation/input-error";
import { validateAgainst } from "../validation/schema-validator";
import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig } from "./model";
import { resourceSchema } from "./provider-schema";
import { PlanSchema, type ConfigModule, type Plan, type PlannedModule } from "./plan-schema";
import { genesysProvider, genesysResource } from "./read-terraform-json";

type Json = Record<string, unknown>;

const SUPPORTED_FORMAT = /^1\.\d+$/;
const GENESYS_PREFIX = "genesyscloud_";

/**
 * Terraform leaves dynamic blocks out of the configuration's expressions (hashicorp/terraform#28346);
 * the blocks they generated are in the planned values. Without this a role granted through a
 * dynamic "roles" block would vanish from the assessment.
 */
function withGeneratedBlocks(body: Json, planned: Json | undefined, type: string, mode: "managed" | "data"): Json {
  const blockTypes = Object.keys(resourceSchema(type, mode)?.block_types ?? {});
  const generated = blockTypes.filter((name) => !(name in body) && Array.isArray(planned?.[name]) && (planned[name] as unknown[]).length > 0);
  return generated.length === 0 ? body : { ...body, ...Object.fromEntries(generated.map((name) => [name, planned![name]])) };
}

interface Expression {
  constant_value?: unknown;
  references?: string[];
}

function isExpression(value: unknown): value is Expression {
  return !!value && typeof value === "object" && !Array.isArray(value) && ("constant_value" in value || "references" in value);
}

/** The first reference that names a resource attribute (`type.name.attr`), not a var or local. */
function resourceReference(references: string[] | undefined): string | undefined {
  return references?.find((ref) => /^(module\.[^.]+\.)*(data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[^.]+\.[^.]+/.test(ref));
}

/**
 * Rebuilds what the configuration set, from the plan's `configuration` expressions: constants as
 * they are, references to resources as "${ref}", variables and locals from the planned values.
 */
function configuredValue(expression: unknown, planned: unknown, variables: Record<string, unknown>): unknown {
  // An expression Terraform could not evaluate statically and that references nothing (a function
  // call such as jsonencode of literals) is written as {}: its planned value is what was configured.
  if (expression && typeof expression === "object" && !Array.isArray(expression) && Object.keys(expression).length === 0) return planned;
  if (isExpression(expression)) {
    if ("constant_value" in expression) return expression.constant_value;
    const reference = resourceReference(expression.references);
    if (reference) return `\${${reference}}`;
    if (planned !== undefined && planned !== null) return planned;
    const variable = expression.references?.find((ref) => ref.startsWith("var."));
    if (variable && variables[variable.slice(4)] !== undefined) return variables[variable.slice(4)];
    return `\${${expression.references?.[0] ?? "unknown"}}`;
  }
  if (Array.isArray(expression)) {
    const plannedList = Array.isArray(planned) ? planned : [];
    return expression.map((item, index) => configuredValue(item, plannedList[index], variables));
  }
  if (expression && typeof expression === "object") {
    const plannedObject = (planned && typeof planned === "object" ? planned : {}) as Json;
    return Object.fromEntries(Object.entries(expression).map(([key, item]) => [key, configuredValue(item, plannedObject[key], variables)]));
  }
  return expression;
}

function plannedResources(module: PlannedModule | undefined): Map<string, Json> {
  const byAddress = new Map<string, Json>();
  const stack = module ? [module] : [];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const resource of current.resources ?? []) byAddress.set(resource.address, resource.values ?? {});
    stack.push(...(current.child_modules ?? []));
  }
  return byAddress;
}

/** Reads `terraform show -json` output of a plan into an inventory. */
export function readPlanJson(plan: unknown, file: string): Inventory {
  const root = (plan && typeof plan === "object" ? plan : {}) as Json;
  const format = root.format_version;
  if (typeof format !== "string" || !SUPPORTED_FORMAT.test(format)) {
    throw new InputError([{ file, location: "format_version", expected: `a Terraform plan JSON of format 1.x, got ${JSON.stringify(format ?? null)}` }]);
  }
  if (!root.configuration || !root.planned_values) {
    throw new InputError([{ file, location: root.configuration ? "planned_values" : "configuration", expected: "the output of terraform show -json for a saved plan (planned_values and configuration)" }]);
  }
  const problems = validateAgainst(PlanSchema, plan, file);
  if (problems.length > 0) throw new InputError(problems);
  const { variables: declared, planned_values: plannedValues, configuration } = plan as Plan;
  const variables = Object.fromEntries(Object.entries(declared ?? {}).map(([name, entry]) => [name, entry.value]));
  const planned = plannedResources(plannedValues.root_module);
  const resources: GenesysResource[] = [];
  const stack: Array<{ module: ConfigModule; prefix: string }> = configuration.root_module ? [{ module: configuration.root_module, prefix: "" }] : [];
  while (stack.length > 0) {
    const { module, prefix } = stack.pop()!;
    for (const resource of module.resources ?? []) {
      if (!resource.type.startsWith(GENESYS_PREFIX)) continue;
      const address = `${prefix}${resource.address}`;
      const plannedValues = planned.get(address);
      const body = withGeneratedBlocks(configuredValue(resource.expressions ?? {}, plannedValues, variables) as Json, plannedValues, resource.type, resource.mode === "data" ? "data" : "managed");
      resources.push(genesysResource(resource.mode === "data" ? "data" : "managed", resource.type, resource.name, body, { file }, prefix));
    }
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call.module) stack.push({ module: call.module, prefix: `${prefix}module.${name}.` });
    }
  }
  const providers: ProviderConfig[] = Object.values(configuration.provider_config ?? {})
    .filter((entry) => entry.name === "genesyscloud")
    .map((entry) => genesysProvider({ ...(configuredValue(entry.expressions ?? {}, undefined, variables) as Json), ...(entry.alias ? { alias: entry.alias } : {}) }, { file }));
  resources.sort((a, b) => a.address.localeCompare(b.address));
  const versions = Object.values(configuration.provider_config ?? {}).flatMap((entry) => (entry.name === "genesyscloud" && typeof entry.version_constraint === "string" ? [entry.version_constraint] : []));
  return InventorySchema.parse({ origin: `Terraform plan ${file}`, scope: `plan "${file}"`, resources, providers, ...(versions.length > 0 ? { genesysVersionConstraints: versions } : {}) });
}
