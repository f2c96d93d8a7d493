import { stringAt } from "../../inventory/lookup";
import type { ResourceClassifier } from "./resource-classifier";
import { labelledLeaves, personalDataInValues } from "./configuration-data";

/**
 * An Architect data-table row: its key and its properties are values written into the
 * configuration, so what they hold is judged from the property names and from the values.
 */
export const classifyDatatableRow: ResourceClassifier = (resource, { catalog }) => {
  const key = stringAt(resource.attributes, "key_value");
  const values = [
    ...(key !== undefined ? [{ path: "key_value", field: "key", value: key }] : []),
    ...labelledLeaves(resource.attributes.properties_json, "properties_json"),
  ];
  return { address: resource.address, elements: personalDataInValues(values, catalog), unknowns: [] };
};
