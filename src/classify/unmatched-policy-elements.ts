import { elementOfKind } from "../catalog/element-kinds";
import type { Catalog } from "../catalog/schema";
import type { Inventory } from "../inventory/model";
import { ACTION_TYPES, hasType, type ResourceType } from "../inventory/resource-type";
import type { ClassificationWarningId } from "./classification-rules";
import type { ResourceClassification } from "./model";
import { compareText } from "../text-order";

const UNMATCHED: ClassificationWarningId = "CLS-POLICY-ELEMENT-UNMATCHED";

/** Resources whose classifiers read field names: contracts, columns, properties, flow variables. */
const FIELD_TYPES: readonly ResourceType[] = [
  ...ACTION_TYPES,
  "genesyscloud_outbound_contact_list",
  "genesyscloud_architect_datatable",
  "genesyscloud_task_management_workitem_schema",
  "genesyscloud_flow",
];

/**
 * The policy's data elements declared with fields that nothing in a configuration with fields was
 * classified as, each as a warning naming the element and its fields (a typo must be seen).
 */
export function unmatchedPolicyElements(
  inventory: Inventory,
  catalog: Catalog,
  classifications: Map<string, ResourceClassification>,
  hasSamples: boolean,
): string[] {
  const hasFields =
    hasSamples ||
    inventory.resources.some((resource) => resource.mode === "managed" && hasType(resource, ...FIELD_TYPES));
  if (!hasFields) return [];
  const fieldsOf = new Map<string, string[]>();
  for (const entry of catalog.lexicon) {
    const element = elementOfKind(entry.kind);
    if (element) fieldsOf.set(element, [...(fieldsOf.get(element) ?? []), ...entry.terms]);
  }
  const found = new Set([...classifications.values()].flatMap((item) => item.elements.map((found) => found.element)));
  return [...fieldsOf]
    .filter(([element]) => !found.has(element))
    .sort(([a], [b]) => compareText(a, b))
    .map(
      ([element, fields]) =>
        `${UNMATCHED}: the policy's data element "${element}" matches nothing in ${inventory.scope} (fields: ${fields.slice(0, 5).join(", ")}); check their spelling against the configuration's field names`,
    );
}
