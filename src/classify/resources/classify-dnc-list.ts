import { allBlocks, stringListAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, ResourceClassification } from "../model";

const DNC_LIST_RULE = "CLS-DNC-LIST";

/** A do-not-call list holds the phone numbers of people who asked not to be called; some are written into the configuration. */
export function classifyDncList(resource: GenesysResource): ResourceClassification {
  const elements: ClassifiedElement[] = [
    {
      element: "contact_pii",
      rule: DNC_LIST_RULE,
      evidence: ["a do-not-call list holds the phone numbers of people who asked not to be called"],
    },
  ];
  allBlocks(resource.attributes, "entries").forEach((entry, index) => {
    const count = stringListAt(entry, "phone_numbers").length;
    if (count > 0)
      elements.push({
        element: "contact_pii",
        rule: DNC_LIST_RULE,
        evidence: [`entries[${index}].phone_numbers (${count} number${count === 1 ? "" : "s"} in the configuration)`],
      });
  });
  return { address: resource.address, elements, unknowns: [] };
}
