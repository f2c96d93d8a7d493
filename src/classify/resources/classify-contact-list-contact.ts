import { visitStrings } from "../../inventory/expressions";
import { combineKinds } from "../combine-kinds";
import { scanText } from "../content/scan-text";
import type { ClassifiedElement } from "../model";
import { columnKinds } from "./column-kinds";
import type { ResourceClassifier } from "./resource-classifier";

const CONTACT_RECORD_RULE = "CLS-CONTACT-RECORD";

/** A contact written into the configuration: its column names and what its values look like (never the values). */
export const classifyContactListContact: ResourceClassifier = (resource, { catalog }) => {
  const data = resource.attributes.data;
  const columns =
    data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data as Record<string, unknown>) : [];
  const elements: ClassifiedElement[] = combineKinds(
    columnKinds(
      columns.map((name) => ({ name, attribute: "data" })),
      catalog,
    ),
  );
  visitStrings(data, (text, pathOf) => {
    for (const detection of scanText(text))
      elements.push({
        element: detection.element,
        rule: CONTACT_RECORD_RULE,
        evidence: [`data.${pathOf()} looks like ${detection.detector}`],
      });
  });
  // A contact is a person whatever its columns are called, and a map set from a variable still lands in state.
  elements.push({
    element: "contact_pii",
    rule: CONTACT_RECORD_RULE,
    evidence: [
      columns.length > 0
        ? "an outbound contact record in the configuration"
        : "data is not resolved: assessed as a contact record",
    ],
  });
  return { address: resource.address, elements, unknowns: [] };
};
