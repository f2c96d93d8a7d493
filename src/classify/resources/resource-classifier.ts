import type { Catalog } from "../../catalog/schema";
import type { GenesysResource, Inventory } from "../../inventory/model";
import type { ResourceClassification } from "../model";

/** Classifies one resource type: which data elements its configuration holds or reaches. */
export type ResourceClassifier = (
  resource: GenesysResource,
  inventory: Inventory,
  catalog: Catalog,
) => ResourceClassification;
