import type { Catalog } from "../catalog/schema";
import { resolveReference } from "../inventory/lookup";
import type { Inventory } from "../inventory/model";
import { ACTION_TYPES, hasType } from "../inventory/resource-type";
import { mergeElements, type ResourceClassification } from "./model";
import { classifierFor } from "./resources/registry";
import type { ClassifyContext, ContentInputs } from "./resources/resource-classifier";

/** Addresses of the integrations that the configuration's actions belong to. */
function integrationsWithActions(inventory: Inventory): Set<string> {
  return new Set(
    inventory.resources
      .filter((resource) => hasType(resource, ...ACTION_TYPES))
      .map((action) => resolveReference(inventory, action.attributes.integration_id).address)
      .filter((address): address is string => !!address),
  );
}

/** Classifies every managed Genesys resource; the result is keyed by Terraform address. */
export function classifyInventory(
  inventory: Inventory,
  catalog: Catalog,
  content: ContentInputs = { samples: [], masked: [] },
): Map<string, ResourceClassification> {
  const context: ClassifyContext = {
    inventory,
    catalog,
    content,
    integrationsWithActions: integrationsWithActions(inventory),
  };
  const result = new Map<string, ResourceClassification>();
  for (const resource of inventory.resources) {
    if (resource.mode !== "managed") continue;
    const classification = classifierFor(resource.type)(resource, context);
    result.set(resource.address, { ...classification, elements: mergeElements(classification.elements) });
  }
  return result;
}
