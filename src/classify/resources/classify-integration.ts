import { integrationType } from "../../catalog/lookup";
import { hasUnresolved } from "../../inventory/expressions";
import { eventFilterTopics, integrationProperties } from "../../inventory/attributes/integration-properties";
import { stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { elementSeen, type ClassifiedElement, type ResourceClassification, type UnknownValue } from "../model";
import type { ResourceClassifier } from "./resource-classifier";
import { topicClassification } from "./topic-elements";

const TYPE_RULE = "CLS-INTEGRATION-TYPE";

function unknownType(resource: GenesysResource, typeId: string): ResourceClassification {
  return {
    address: resource.address,
    elements: [elementSeen("unknown_data", "CLS-UNKNOWN", `integration_type ${typeId || "(missing)"} is unknown`)],
    unknowns: [
      {
        kind: "integration_type",
        attribute: "integration_type",
        value: typeId || "(missing)",
        reason: hasUnresolved(typeId)
          ? "is not resolved before deployment"
          : "is not an integration type the catalog knows",
      },
    ],
  };
}

/**
 * An integration's own data: what its type moves when the configuration declares no actions for
 * it, and for event streams what the subscribed topics carry.
 */
export const classifyIntegration: ResourceClassifier = (resource, { catalog, integrationsWithActions }) => {
  const typeId = stringAt(resource.attributes, "integration_type") ?? "";
  const type = hasUnresolved(typeId) ? undefined : integrationType(catalog, typeId);
  if (!type) return unknownType(resource, typeId);
  const unknowns: UnknownValue[] = [];
  const elements: ClassifiedElement[] = [];
  const properties = integrationProperties(resource);
  if (properties.unreadable) {
    unknowns.push({
      kind: "properties",
      attribute: "config.properties",
      value: "config.properties",
      reason: "is not a JSON object, so destinations and topics cannot be read",
    });
    elements.push(elementSeen("unknown_data", "CLS-UNKNOWN", "config.properties could not be read"));
  }
  const topics = eventFilterTopics(properties.value);
  for (const topic of topics) {
    const place = { attribute: "config.properties.eventFilter", label: "eventFilter topic", value: topic };
    const found = topicClassification(catalog, topic, place);
    elements.push(...found.elements);
    unknowns.push(...found.unknowns);
  }
  if (!integrationsWithActions.has(resource.address) && topics.length === 0) {
    for (const element of type.data_elements_without_actions)
      elements.push(elementSeen(element, TYPE_RULE, `integration_type ${type.id}: ${type.processing_nature}`));
  }
  return { address: resource.address, elements, unknowns };
};
