import { topicDataElements } from "../../catalog/lookup";
import type { Catalog } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { elementSeen, type ResourceClassification } from "../model";

/** Where a notification topic is named: its attribute path, how evidence names it, and the value an unknown reports. */
interface TopicPlace {
  attribute: string;
  label: string;
  value: string;
}

/**
 * What a notification topic carries, from the catalog; a topic the catalog does not know (or an
 * unresolved one) carries unknown data.
 */
export function topicClassification(
  catalog: Catalog,
  topic: string,
  place: TopicPlace,
): Pick<ResourceClassification, "elements" | "unknowns"> {
  const carried = hasUnresolved(topic) ? undefined : topicDataElements(catalog, topic);
  if (carried)
    return {
      elements: carried.map((element) => elementSeen(element, "CLS-TOPIC", `${place.attribute}: ${topic}`)),
      unknowns: [],
    };
  return {
    elements: [elementSeen("unknown_data", "CLS-UNKNOWN", `${place.label} ${topic} is unknown`)],
    unknowns: [
      {
        kind: "topic",
        attribute: place.attribute,
        value: place.value,
        reason: "is not a notification topic the catalog knows",
      },
    ],
  };
}
