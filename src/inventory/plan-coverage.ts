import { InputError } from "../validation/input-error";
import { configAddressOf, type ConfiguredEntry, type Located } from "./plan-index";
import type { PlannedResource } from "./plan-schema";

/**
 * Every managed Genesys resource the configuration declares is planned: Terraform plans one
 * instance of a resource without count or for_each (in a module without them), so one that
 * planned_values does not have was taken out of the plan, and what it deploys would go unassessed.
 * A resource with count or for_each may have no instance (count = 0), one being destroyed has a
 * change and no planned values; a plan made with -target (`complete: false`) or one that applies
 * nothing (`applyable: false`, as a destroy plan of nothing) is not checked, by the caller.
 */
export function checkEveryConfiguredResourcePlanned(
  configured: Map<string, ConfiguredEntry>,
  planned: Map<string, Located<PlannedResource>>,
  changed: Iterable<string>,
  file: string,
): void {
  const plannedBlocks = new Set([...planned.keys(), ...changed].map(configAddressOf));
  const missing = [...configured].filter(
    ([address, { item, repeated }]) =>
      item.mode === "managed" && item.type.startsWith("genesyscloud_") && !repeated && !plannedBlocks.has(address),
  );
  if (missing.length > 0)
    throw new InputError(
      missing.map(([address, { at }]) => ({
        file,
        location: at,
        expected: `${address} in planned_values too (the configuration shows no count or for_each on it, so Terraform plans one instance); it is not there`,
      })),
    );
}
