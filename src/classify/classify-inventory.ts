import type { Catalog } from "../catalog/schema";
import { resolveReference } from "../inventory/lookup";
import { stringAt } from "../inventory/lookup";
import type { GenesysResource, Inventory } from "../inventory/model";
import { ACTION_TYPES, entryFor, hasType } from "../inventory/resource-type";
import type { Sample } from "./content/scan-sample";
import { mergeElements, type ResourceClassification } from "./model";
import { callsOwnGenesysApi, classifyAction } from "./resources/classify-action";
import { classifyIntegration } from "./resources/classify-integration";
import { classifyOAuthClient } from "./resources/classify-oauth-client";
import { classifyOtherResource } from "./resources/classify-other";
import { RESOURCE_CLASSIFIERS } from "./resources/registry";

/** What the user gives beyond the configuration: payload samples and declared masking steps. */
export interface ContentInputs {
  samples: Sample[];
  /** Targets (addresses or action names) with a declared redaction step. */
  masked: string[];
  maxSampleBytes?: number;
}

function targets(resource: GenesysResource): string[] {
  const name = stringAt(resource.attributes, "name");
  return name ? [resource.address, name] : [resource.address];
}

/** Classifies every managed Genesys resource; the result is keyed by Terraform address. */
export function classifyInventory(
  inventory: Inventory,
  catalog: Catalog,
  content: ContentInputs = { samples: [], masked: [] },
): Map<string, ResourceClassification> {
  const result = new Map<string, ResourceClassification>();
  const integrationsWithActions = new Set(
    inventory.resources
      .filter((resource) => hasType(resource, ...ACTION_TYPES))
      .map((action) => resolveReference(inventory, action.attributes.integration_id).address)
      .filter((address): address is string => !!address),
  );
  for (const resource of inventory.resources) {
    if (resource.mode !== "managed") continue;
    let classification: ResourceClassification;
    if (hasType(resource, ...ACTION_TYPES)) {
      const names = targets(resource);
      classification = classifyAction(resource, catalog, {
        samples: content.samples.filter((sample) => names.includes(sample.target)),
        maskingDeclared: content.masked.some((target) => names.includes(target)),
        maxSampleBytes: content.maxSampleBytes,
        staysInGenesys: callsOwnGenesysApi(resource, inventory),
      });
    } else if (resource.type === "genesyscloud_oauth_client")
      classification = classifyOAuthClient(resource, inventory, catalog);
    else if (resource.type === "genesyscloud_integration") {
      classification = classifyIntegration(resource, integrationsWithActions.has(resource.address), catalog);
    } else {
      const classifier = entryFor(RESOURCE_CLASSIFIERS, resource.type);
      classification = classifier ? classifier(resource, inventory, catalog) : classifyOtherResource(resource, catalog);
    }
    result.set(resource.address, { ...classification, elements: mergeElements(classification.elements) });
  }
  return result;
}
