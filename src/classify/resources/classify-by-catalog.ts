import { resourceTypeInfo } from "../../catalog/lookup";
import { parseTemplate, visitStrings } from "../../inventory/expressions";
import type { ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";
import { valuesAtPath } from "../../inventory/attributes/attribute-paths";

const CATALOG_TYPE_RULE = "CLS-RESOURCE-TYPE";

function hasLiteral(value: unknown): boolean {
  let found = false;
  visitStrings(value, (text) => {
    if (parseTemplate(text).some((part) => part.kind === "literal" && part.text.trim() !== "")) found = true;
  });
  return found || typeof value === "number" || typeof value === "boolean";
}

/**
 * A resource type without a classifier of its own, judged from the catalog: a high-relevance type
 * reaches the data categories the catalog names; literal values in its personal-data attributes
 * are personal data kept in code. A Genesys type the catalog does not know reaches unknown data.
 */
export const classifyByCatalog: ResourceClassifier = (resource, { catalog }) => {
  const info = resourceTypeInfo(catalog, resource.type);
  if (!info) {
    return {
      address: resource.address,
      elements: [
        {
          element: "unknown_data",
          rule: "CLS-UNKNOWN",
          evidence: [
            `${resource.type} is not a resource type the catalog knows (provider ${catalog.resourceTypes.provider_version})`,
          ],
        },
      ],
      unknowns: [
        {
          kind: "value",
          attribute: "type",
          value: resource.type,
          reason: "is not a resource type the catalog knows, so what it does with personal data is unknown",
        },
      ],
    };
  }
  const elements: ClassifiedElement[] = [];
  if (info.relevance === "high")
    for (const element of info.data_categories)
      elements.push({ element, rule: CATALOG_TYPE_RULE, evidence: [`${resource.type}: ${info.why}`] });
  for (const attribute of info.personal_data_attributes) {
    if (valuesAtPath(resource.attributes, attribute.path).some(hasLiteral))
      elements.push({
        element: attribute.element,
        rule: CATALOG_TYPE_RULE,
        evidence: [`${attribute.path} (a literal value in the configuration)`],
      });
  }
  return { address: resource.address, elements, unknowns: [] };
};
