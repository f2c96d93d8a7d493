import { stringAt } from "../../inventory/lookup";
import type { ClassifiedElement, UnknownValue } from "../model";
import type { ResourceClassifier } from "./resource-classifier";
import { unreadFileReason } from "./unread-file";

/** An agent script shows the customer's details and conversation data to the agent, and may pass them on. */
export const classifyScript: ResourceClassifier = (resource, { inventory }) => {
  const filepath = stringAt(resource.attributes, "filepath") ?? "";
  const unknowns: UnknownValue[] = [];
  const elements: ClassifiedElement[] = ["contact_pii", "participant_data"].map((element) => ({
    element,
    rule: "CLS-SCRIPT",
    evidence: ["an agent script displays the interaction's customer data"],
  }));
  const file = inventory.referencedFiles?.[resource.address];
  if (!file || file.alsoUnknown) {
    const reason =
      file?.alsoUnknown ?? unreadFileReason(filepath, "script file", "the URLs and actions the script uses");
    unknowns.push({ kind: "value", attribute: "filepath", value: filepath || "(missing)", reason });
    elements.push({ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: [`filepath ${reason}`] });
  }
  return { address: resource.address, elements, unknowns };
};
