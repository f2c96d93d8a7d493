import { integrationType, topicDataElements } from "../../catalog/lookup";
import type { Catalog } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { eventFilterTopics, integrationProperties } from "../../inventory/attributes/integration-properties";
import { stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, ResourceClassification, UnknownValue } from "../model";

const TYPE_RULE = "CLS-INTEGRATION-TYPE";
const TOPIC_RULE = "CLS-TOPIC";

/**
 * An integration's own data: what its type moves when the configuration declares no actions for
 * it, and for event streams what the subscribed topics carry.
 */
export function classifyIntegration(
  resource: GenesysResource,
  hasActions: boolean,
  catalog: Catalog,
): ResourceClassification {
  const unknowns: UnknownValue[] = [];
  const elements: ClassifiedElement[] = [];
  const typeId = stringAt(resource.attributes, "integration_type") ?? "";
  const type = hasUnresolved(typeId) ? undefined : integrationType(catalog, typeId);
  if (!type) {
    unknowns.push({
      kind: "integration_type",
      attribute: "integration_type",
      value: typeId || "(missing)",
      reason: hasUnresolved(typeId)
        ? "is not resolved before deployment"
        : "is not an integration type the catalog knows",
    });
    elements.push({
      element: "unknown_data",
      rule: "CLS-UNKNOWN",
      evidence: [`integration_type ${typeId || "(missing)"} is unknown`],
    });
    return { address: resource.address, elements, unknowns };
  }
  const properties = integrationProperties(resource);
  if (properties.unreadable) {
    unknowns.push({
      kind: "properties",
      attribute: "config.properties",
      value: "config.properties",
      reason: "is not a JSON object, so destinations and topics cannot be read",
    });
    elements.push({ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: ["config.properties could not be read"] });
  }
  const topics = eventFilterTopics(properties.value);
  for (const topic of topics) {
    const topicElements = hasUnresolved(topic) ? undefined : topicDataElements(catalog, topic);
    if (!topicElements) {
      unknowns.push({
        kind: "topic",
        attribute: "config.properties.eventFilter",
        value: topic,
        reason: "is not a notification topic the catalog knows",
      });
      elements.push({
        element: "unknown_data",
        rule: "CLS-UNKNOWN",
        evidence: [`eventFilter topic ${topic} is unknown`],
      });
      continue;
    }
    for (const element of topicElements)
      elements.push({ element, rule: TOPIC_RULE, evidence: [`config.properties.eventFilter: ${topic}`] });
  }
  if (!hasActions && topics.length === 0) {
    for (const element of type.data_elements_without_actions) {
      elements.push({ element, rule: TYPE_RULE, evidence: [`integration_type ${type.id}: ${type.processing_nature}`] });
    }
  }
  return { address: resource.address, elements, unknowns };
}
