import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, resolveReference, stringAt } from "../../inventory/lookup";
import { ofType } from "../../inventory/resource-type";
import type { ClassifiedElement, ResourceClassification } from "../model";
import { CALLABLE_ACTION_TYPES } from "./classify-architect";
import type { ResourceClassifier } from "./resource-classifier";

type Calls = NonNullable<ResourceClassification["dataActionCalls"]>;

/** A guide version calls the data actions listed under `resources.data_action`, with what the customer tells the guide. */
export const classifyGuideVersion: ResourceClassifier = (resource, { inventory }) => {
  const calls: Calls = [];
  const elements: ClassifiedElement[] = [];
  allBlocks(resource.attributes, "resources").forEach((block, index) => {
    allBlocks(block, "data_action").forEach((entry, i) => {
      const path = `resources[${index}].data_action[${i}].data_action_id`;
      const target = resolveReference(inventory, entry.data_action_id);
      const action = ofType(target.resource, ...CALLABLE_ACTION_TYPES)?.address;
      const label = stringAt(entry, "label");
      calls.push({
        name: label && !hasUnresolved(label) ? label : (target.address ?? String(entry.data_action_id ?? "(missing)")),
        path,
        ...(action ? { action } : {}),
      });
      if (!action)
        elements.push({
          element: "unknown_data",
          rule: "CLS-UNKNOWN",
          evidence: [`${path}: the data action is not defined in this configuration`],
        });
    });
  });
  for (const element of ["message_content", "contact_pii"])
    elements.push({ element, rule: "CLS-GUIDE", evidence: ["instruction (a guide converses with customers)"] });
  return { address: resource.address, elements, unknowns: [], dataActionCalls: calls };
};

/** The Architect flows a journey action map starts with a visitor's data, as `dataActionCalls`-like targets. */
function journeyArchitectTargets(attributes: Record<string, unknown>): Array<{ path: string; value: unknown }> {
  const targets: Array<{ path: string; value: unknown }> = [];
  allBlocks(attributes, "action").forEach((action, index) => {
    for (const key of ["architect_flow_fields", "web_messaging_offer_fields"]) {
      allBlocks(action, key).forEach((fields, i) => {
        if (fields.architect_flow_id !== undefined)
          targets.push({ path: `action[${index}].${key}[${i}].architect_flow_id`, value: fields.architect_flow_id });
      });
    }
    allBlocks(action, "open_action_fields").forEach((fields, i) => {
      allBlocks(fields, "open_action").forEach((open, j) =>
        targets.push({ path: `action[${index}].open_action_fields[${i}].open_action[${j}].id`, value: open.id }),
      );
    });
  });
  return targets;
}

/** A journey action map passes a web visitor's identifiers and mapped attributes to a flow or open action. */
export const classifyJourneyActionMap: ResourceClassifier = (resource, { inventory }) => {
  const elements: ClassifiedElement[] = [
    {
      element: "online_identifiers",
      rule: "CLS-JOURNEY",
      evidence: ["trigger conditions match web visitors' sessions"],
    },
  ];
  const calls: Calls = journeyArchitectTargets(resource.attributes).map((target) => {
    const found = resolveReference(inventory, target.value);
    const defined = ofType(found.resource, "genesyscloud_flow", "genesyscloud_integration_action")?.address;
    if (!defined)
      elements.push({
        element: "unknown_data",
        rule: "CLS-UNKNOWN",
        evidence: [`${target.path}: the target is not defined in this configuration`],
      });
    return {
      name: found.address ?? String(target.value ?? "(missing)"),
      path: target.path,
      ...(defined ? { action: defined } : {}),
    };
  });
  return { address: resource.address, elements, unknowns: [], dataActionCalls: calls };
};
