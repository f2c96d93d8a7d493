import { stringAt } from "../../inventory/lookup";
import type { ResourceClassifier } from "./resource-classifier";
import { topicClassification } from "./topic-elements";

/** A process-automation trigger receives every event of its topic: what the catalog says the topic carries. */
export const classifyProcessTrigger: ResourceClassifier = (resource, { catalog }) => {
  const topic = stringAt(resource.attributes, "topic_name") ?? "";
  const place = { attribute: "topic_name", label: "topic_name", value: topic || "(missing)" };
  return { address: resource.address, ...topicClassification(catalog, topic, place) };
};
