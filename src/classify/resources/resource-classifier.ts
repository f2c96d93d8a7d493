import type { Catalog } from "../../catalog/schema";
import type { GenesysResource, Inventory } from "../../inventory/model";
import type { ResourceType } from "../../inventory/resource-type";
import type { Sample } from "../content/scan-sample";
import type { ResourceClassification } from "../model";

/** What the user gives beyond the configuration: payload samples and declared masking steps. */
export interface ContentInputs {
  samples: Sample[];
  /** Targets (addresses or action names) with a declared redaction step. */
  masked: string[];
  maxSampleBytes?: number;
}

/** What every classifier may read beside the resource itself. */
export interface ClassifyContext {
  inventory: Inventory;
  catalog: Catalog;
  content: ContentInputs;
  /** Addresses of the integrations that the configuration defines actions for. */
  integrationsWithActions: ReadonlySet<string>;
}

/** Classifies one resource type: which data elements its configuration holds or reaches. */
export type ResourceClassifier = (resource: GenesysResource, context: ClassifyContext) => ResourceClassification;

/** Classifiers by resource type: a misspelt type does not compile. */
export type ClassifierRegistry = Readonly<Partial<Record<ResourceType, ResourceClassifier>>>;
