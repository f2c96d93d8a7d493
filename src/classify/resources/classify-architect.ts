import { hasUnresolved } from "../../inventory/expressions";
import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { hasType, ofType, type ResourceType } from "../../inventory/resource-type";
import type { ClassifiedElement, ResourceClassification, UnknownValue } from "../model";
import { architectDataActionCalls } from "./architect-calls";
import { policyElementsInFlowVariables } from "./flow-variable-elements";
import type { ResourceClassifier } from "./resource-classifier";
import { unreadFileReason } from "./unread-file";

/** The resource types an Architect flow's callData can name. */
export const CALLABLE_ACTION_TYPES: readonly ResourceType[] = [
  "genesyscloud_integration_action",
  "genesyscloud_integration_action_draft",
];

/** The action resource a call names: through a substitution that references it, else by its literal name. */
function actionCalled(
  inventory: Inventory,
  name: string,
  substitutedFrom: string | undefined,
): GenesysResource | undefined {
  if (substitutedFrom) {
    const target = resolveReference(inventory, substitutedFrom).resource;
    return ofType(target, ...CALLABLE_ACTION_TYPES);
  }
  if (hasUnresolved(name)) return undefined;
  return inventory.resources.find(
    (resource) =>
      resource.mode === "managed" &&
      hasType(resource, ...CALLABLE_ACTION_TYPES) &&
      stringAt(resource.attributes, "name") === name,
  );
}

function unreadable(resource: GenesysResource, reason: string): ResourceClassification {
  const unknowns: UnknownValue[] = [
    { kind: "value", attribute: "filepath", value: stringAt(resource.attributes, "filepath") ?? "(missing)", reason },
  ];
  return {
    address: resource.address,
    elements: [{ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: [`filepath ${reason}`] }],
    unknowns,
    dataActionCalls: [],
  };
}

/**
 * An Architect flow: which data actions its file calls. What those actions move is classified on
 * the actions; an action the configuration does not define moves unknown data.
 */
export const classifyArchitect: ResourceClassifier = (resource, { inventory, catalog }) => {
  const file = inventory.referencedFiles?.[resource.address];
  const filepath = stringAt(resource.attributes, "filepath") ?? "";
  if (!file) {
    return unreadable(resource, unreadFileReason(filepath, "flow file", "the data actions the flow calls"));
  }
  const substitutions = (
    resource.attributes.substitutions && typeof resource.attributes.substitutions === "object"
      ? resource.attributes.substitutions
      : {}
  ) as Record<string, unknown>;
  const calls = architectDataActionCalls(file.text, substitutions);
  if (!calls) return unreadable(resource, "is not a YAML mapping");
  const elements: ClassifiedElement[] = policyElementsInFlowVariables(file.text, catalog);
  const dataActionCalls = calls.map((call) => {
    const action = actionCalled(inventory, call.name, call.substitutedFrom);
    if (!action)
      elements.push({
        element: "unknown_data",
        rule: "CLS-UNKNOWN",
        evidence: [`${call.path}: data action "${call.name}" is not defined in this configuration`],
      });
    return {
      name: call.name,
      ...(call.category ? { category: call.category } : {}),
      path: call.path,
      ...(action ? { action: action.address } : {}),
    };
  });
  return { address: resource.address, elements, unknowns: [], dataActionCalls };
};
