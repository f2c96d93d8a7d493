import type { ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
export const RESOURCE_CLASSIFIERS: Readonly<Record<string, ResourceClassifier>> = {
};
