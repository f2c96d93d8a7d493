import { InputError } from "../validation/input-error";
import { modeProblem, parseInstanceAddress } from "./plan-addresses";
import type { ConfigModule, ConfiguredResource, PlannedModule, PlannedResource } from "./plan-schema";

/** A part of a plan and where it is in the file, e.g. `planned_values.root_module.child_modules[0].resources[2]`. */
export interface Located<T> {
  item: T;
  at: string;
}

/** Every resource in planned_values, at any depth of child modules, by address. */
export function plannedResources(
  module: PlannedModule | undefined,
  file: string,
  root = "planned_values.root_module",
): Map<string, Located<PlannedResource>> {
  const byAddress = new Map<string, Located<PlannedResource>>();
  const deposed = new Set<string>();
  const stack: Array<Located<PlannedModule>> = module ? [{ item: module, at: root }] : [];
  while (stack.length > 0) {
    const { item: current, at } = stack.pop()!;
    (current.resources ?? []).forEach((resource, index) => {
      const place = `${at}.resources[${index}]`;
      const wrongMode = modeProblem(resource);
      if (wrongMode) throw new InputError([{ file, location: `${place}.mode`, expected: wrongMode }]);
      // A deposed object (an interrupted create_before_destroy left it), which state JSON lists under
      // the current object's address with its deposed_key: no data source read, nothing planned.
      const deposedKey = (resource as { deposed_key?: unknown }).deposed_key;
      if (deposedKey !== undefined) {
        const problem = deposedProblem(resource, deposedKey, root);
        if (problem) throw new InputError([{ file, location: `${place}.${problem.at}`, expected: problem.expected }]);
        const key = JSON.stringify([resource.address, deposedKey]);
        if (deposed.has(key))
          throw new InputError([
            {
              file,
              location: place,
              expected: `one entry per deposed object; ${resource.address} (deposed ${String(deposedKey)}) is there twice`,
            },
          ]);
        deposed.add(key);
        return;
      }
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

/** Why an entry with a deposed_key is not a deposed object as Terraform writes one, or undefined. */
function deposedProblem(
  resource: PlannedResource,
  deposedKey: unknown,
  root: string,
): { at: string; expected: string } | undefined {
  if (root.startsWith("planned_values"))
    return {
      at: "deposed_key",
      expected: "no deposed_key in planned_values (a deposed object is only destroyed, never planned)",
    };
  if (typeof deposedKey !== "string" || deposedKey === "")
    return {
      at: "deposed_key",
      expected: `the key of a deposed object (Terraform writes one, such as "00000001"), got ${JSON.stringify(deposedKey)}`,
    };
  if (resource.mode !== "managed")
    return { at: "mode", expected: 'mode "managed" for a deposed object (only managed resources have them)' };
  return undefined;
}

/** A configured resource, and whether it may have no instance (count or for_each on it or on a module call above it). */
export interface ConfiguredEntry extends Located<ConfiguredResource> {
  repeated: boolean;
}

const isRepeated = (block: { count_expression?: unknown; for_each_expression?: unknown }) =>
  block.count_expression !== undefined || block.for_each_expression !== undefined;

/** Every configured resource, at any depth of module_calls, by its address without instance keys. */
export function configuredResources(module: ConfigModule | undefined): Map<string, ConfiguredEntry> {
  const byAddress = new Map<string, ConfiguredEntry>();
  const stack: Array<{ module: ConfigModule; prefix: string; at: string; repeated: boolean }> = module
    ? [{ module, prefix: "", at: "configuration.root_module", repeated: false }]
    : [];
  while (stack.length > 0) {
    const { module: current, prefix, at, repeated } = stack.pop()!;
    (current.resources ?? []).forEach((resource, index) =>
      byAddress.set(`${prefix}${resource.address}`, {
        item: resource,
        at: `${at}.resources[${index}]`,
        repeated: repeated || isRepeated(resource),
      }),
    );
    for (const [name, call] of Object.entries(current.module_calls ?? {})) {
      if (call.module)
        stack.push({
          module: call.module,
          prefix: `${prefix}module.${name}.`,
          at: `${at}.module_calls.${name}.module`,
          repeated: repeated || isRepeated(call),
        });
    }
  }
  return byAddress;
}

/** The address of the block in `configuration` that an instance address came from. */
export function configAddressOf(address: string): string | undefined {
  const parsed = parseInstanceAddress(address);
  return parsed && `${parsed.configModulePath}${parsed.mode === "data" ? "data." : ""}${parsed.type}.${parsed.name}`;
}

/** Every configured resource's mode is the one its address says (see modeProblem); else the plan cannot be read. */
export function checkConfiguredModes(configured: Map<string, ConfiguredEntry>, file: string): void {
  const problems = [...configured.values()].flatMap(({ item, at }) => {
    const wrongMode = modeProblem(item);
    return wrongMode ? [{ file, location: `${at}.mode`, expected: wrongMode }] : [];
  });
  if (problems.length > 0) throw new InputError(problems);
}
