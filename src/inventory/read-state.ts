import { InputError } from "../validation/input-error";
import { assertNestingDepth } from "../validation/nesting-depth";
import { checkUserJsonShape } from "../validation/user-json";
import { InventorySchema, type GenesysResource, type Inventory } from "./model";
import { genesysResource } from "./read-terraform-json";
import { StateFileSchema, type StateFile } from "./state-file-schema";
import { StateSchema, type StateModule, type StateResource } from "./state-schema";

type Json = Record<string, unknown>;

const GENESYS_PREFIX = "genesyscloud_";
/** State attributes the provider computes; they are not configuration. */
const COMPUTED = new Set(["id"]);

function problem(file: string, location: string, expected: string): never {
  throw new InputError([{ file, location, expected }]);
}

/** Every resource of the state's root module and its child modules, at any depth, without recursion. */
function stateResources(root: StateModule | undefined): StateResource[] {
  const found: StateResource[] = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const module = stack.pop()!;
    found.push(...(module.resources ?? []));
    stack.push(...(module.child_modules ?? []));
  }
  return found;
}

/** A state file's instances as `terraform show -json` lists them: one resource per instance, with its address. */
function stateFileResources(state: StateFile): StateResource[] {
  return state.resources.flatMap((resource) =>
    resource.instances.map((instance) => {
      const key = instance.index_key === undefined ? "" : `[${JSON.stringify(instance.index_key)}]`;
      const local = `${resource.mode === "data" ? "data." : ""}${resource.type}.${resource.name}${key}`;
      return {
        address: resource.module ? `${resource.module}.${local}` : local,
        mode: resource.mode,
        type: resource.type,
        name: resource.name,
        ...(instance.index_key === undefined ? {} : { index: instance.index_key }),
        values: instance.attributes,
        ...(instance.deposed ? { deposed_key: instance.deposed } : {}),
      };
    }),
  );
}

/** Every resource of a state in either form, its whole shape checked first (exit 2 naming the JSON path). */
function resourcesOfState(state: unknown, file: string): StateResource[] {
  const root = (state && typeof state === "object" && !Array.isArray(state) ? state : {}) as Json;
  if ("version" in root && !("format_version" in root)) {
    if (root.version !== 4)
      problem(file, "version", `a Terraform state file of format version 4, got ${JSON.stringify(root.version)}`);
    return stateFileResources(checkUserJsonShape(state, StateFileSchema, file));
  }
  if (typeof root.format_version !== "string" || !/^1\.\d+$/.test(root.format_version))
    problem(
      file,
      "format_version",
      `a Terraform state: terraform show -json of a state (format_version 1.x) or a state file (version 4), got ${JSON.stringify(root.format_version ?? null)}`,
    );
  if ("planned_values" in root)
    problem(file, "planned_values", "a state (terraform show -json with no plan file); this is a plan");
  return stateResources(checkUserJsonShape(state, StateSchema, file).values?.root_module);
}

/**
 * Reads a state (what is deployed now) into an inventory: `terraform show -json` of a state, or the
 * state file itself (terraform.tfstate, format version 4). State holds ids, not references: an
 * attribute whose value is another Genesys resource's id is written back as a reference to it, as
 * the configuration would. The provider's region is not in state; the caller gives it (--region,
 * GENESYSCLOUD_REGION or the policy).
 */
export function readStateJson(state: unknown, file: string): Inventory {
  const all = resourcesOfState(assertNestingDepth(state, file), file);
  const genesys = all.filter((resource) => resource.type.startsWith(GENESYS_PREFIX) && resource.mode === "managed");
  const addressOfId = new Map<string, string>();
  for (const resource of genesys) {
    const id = resource.values?.id;
    if (typeof id === "string" && id) addressOfId.set(id, resource.address.replace(/\[[^\]]*\]$/, ""));
  }
  const asReferences = (value: unknown): unknown => {
    if (typeof value === "string") {
      const address = addressOfId.get(value);
      return address ? `\${${address}.id}` : value;
    }
    if (Array.isArray(value)) return value.map(asReferences);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value as Json).map(([key, item]) => [key, asReferences(item)]));
    return value;
  };
  const resources: GenesysResource[] = genesys.map((resource) => {
    const body = Object.fromEntries(
      Object.entries(resource.values ?? {})
        .filter(([key]) => !COMPUTED.has(key))
        .map(([key, item]) => [key, asReferences(item)]),
    );
    const base = resource.address.replace(/\[[^\]]*\]$/, "");
    const modulePath = base.slice(0, base.length - `${resource.type}.${resource.name}`.length);
    const named = genesysResource("managed", resource.type, resource.name, body, { file }, modulePath);
    return resource.index === undefined
      ? named
      : { ...named, address: resource.address, name: `${resource.name}[${JSON.stringify(resource.index)}]` };
  });
  return InventorySchema.parse({
    origin: `Terraform state ${file}`,
    scope: `state "${file}"`,
    resources,
    providers: [],
  });
}
