import { retentionActions } from "../inventory/attributes/retention-actions";
import { allBlocks, firstBlock, resolveReference, stringAt } from "../inventory/lookup";
import type { GenesysResource, Inventory } from "../inventory/model";
import { ACTION_TYPES, hasType } from "../inventory/resource-type";

/** Who points at whom, found in one pass over the inventory, so that no subject scans it again. */
export interface InventoryRelations {
  /** Data actions (and custom auth actions, drafts) by the address of the integration they belong to. */
  actionsOf: Map<string, GenesysResource[]>;
  /** Recording retention policies by the address of an integration they export to. */
  exportsTo: Map<string, GenesysResource[]>;
  /** Credentials by the address of the OAuth client whose id they hold (fields.clientId). */
  credentialsOfClient: Map<string, GenesysResource[]>;
  /** Addresses of credentials that a Genesys data-actions integration (purecloud-data-actions) uses. */
  usedByGenesysDataActions: Set<string>;
}

const cache = new WeakMap<readonly GenesysResource[], { size: number; relations: InventoryRelations }>();

function push(map: Map<string, GenesysResource[]>, key: string | undefined, resource: GenesysResource): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(resource)) list.push(resource);
  } else map.set(key, [resource]);
}

export function relationsOf(inventory: Inventory): InventoryRelations {
  const cached = cache.get(inventory.resources);
  if (cached && cached.size === inventory.resources.length) return cached.relations;
  const relations: InventoryRelations = {
    actionsOf: new Map(),
    exportsTo: new Map(),
    credentialsOfClient: new Map(),
    usedByGenesysDataActions: new Set(),
  };
  for (const resource of inventory.resources) {
    if (hasType(resource, ...ACTION_TYPES))
      push(relations.actionsOf, resolveReference(inventory, resource.attributes.integration_id).address, resource);
    else if (hasType(resource, "genesyscloud_recording_media_retention_policy")) {
      // Each media policy's actions too (media_policies.call_policy.actions …), where the provider's
      // own example exports recordings.
      for (const { actions } of retentionActions(resource.attributes)) {
        for (const exported of allBlocks(actions, "integration_export"))
          push(relations.exportsTo, resolveReference(inventory, exported.integration_id).address, resource);
      }
    } else if (hasType(resource, "genesyscloud_integration_credential")) {
      const fields = (resource.attributes.fields ?? {}) as Record<string, unknown>;
      push(relations.credentialsOfClient, resolveReference(inventory, fields.clientId).address, resource);
    } else if (
      hasType(resource, "genesyscloud_integration") &&
      stringAt(resource.attributes, "integration_type") === "purecloud-data-actions"
    ) {
      for (const reference of Object.values(
        (firstBlock(resource.attributes, "config")?.credentials ?? {}) as Record<string, unknown>,
      )) {
        const address = resolveReference(inventory, reference).address;
        if (address) relations.usedByGenesysDataActions.add(address);
      }
    }
  }
  cache.set(inventory.resources, { size: inventory.resources.length, relations });
  return relations;
}
