import { hasUnresolved, parseTemplate } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import { combineKinds, type KindEvidence } from "../combine-kinds";
import { kindsOfField } from "../field-names";
import type { ClassifiedElement, UnknownValue } from "../model";
import { labelledLeaves, personalDataInValues } from "./configuration-data";
import type { ResourceClassifier } from "./resource-classifier";

/** Work items of a schema hold the fields it declares: judged from the field names and titles, long text as free text. */
export const classifyWorkitemSchema: ResourceClassifier = (resource, { catalog }) => {
  const raw = resource.attributes.properties;
  const unknowns: UnknownValue[] = [];
  let properties: unknown = raw;
  if (typeof raw === "string") {
    try {
      properties = JSON.parse(raw);
    } catch {
      unknowns.push({
        kind: "properties",
        attribute: "properties",
        value: "properties",
        reason: hasUnresolved(raw)
          ? "is not resolved before deployment, so the fields work items hold are unknown"
          : "is not valid JSON, so the fields work items hold are unknown",
      });
      return {
        address: resource.address,
        elements: [{ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: ["properties cannot be read"] }],
        unknowns,
      };
    }
  }
  const kinds: KindEvidence = new Map();
  const add = (kind: string, where: string) => kinds.set(kind, [...(kinds.get(kind) ?? []), where]);
  for (const [name, definition] of Object.entries(
    properties && typeof properties === "object" ? (properties as Record<string, unknown>) : {},
  )) {
    const title =
      definition && typeof definition === "object" ? (definition as Record<string, unknown>).title : undefined;
    for (const label of [name, typeof title === "string" ? title : undefined]) {
      if (label) for (const kind of kindsOfField(label, catalog.lexicon)) add(kind, `properties.${name} (${label})`);
    }
    if (JSON.stringify(definition ?? "").includes("#/definitions/longtext"))
      add("free_text", `properties.${name} (long text)`);
  }
  return { address: resource.address, elements: combineKinds(kinds), unknowns };
};

function literal(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.trim() !== "" &&
    parseTemplate(value).some((part) => part.kind === "literal" && part.text.trim() !== "")
  );
}

/** A work item written in code: its custom fields, name and description are values kept in the repository and state. */
export const classifyWorkitem: ResourceClassifier = (resource, { catalog }) => {
  const attributes = resource.attributes;
  const elements: ClassifiedElement[] = personalDataInValues(
    [
      ...labelledLeaves(attributes.custom_fields, "custom_fields"),
      { path: "name", value: attributes.name },
      { path: "description", value: attributes.description },
    ],
    catalog,
  );
  if (literal(attributes.description))
    elements.push({
      element: "unstructured_free_text",
      rule: "CLS-CONFIGURATION-VALUE",
      evidence: ["description (free text written in code)"],
    });
  if (literal(stringAt(attributes, "external_contact_id")))
    elements.push({
      element: "person_identifier",
      rule: "CLS-CONFIGURATION-VALUE",
      evidence: ["external_contact_id (names a customer)"],
    });
  return { address: resource.address, elements, unknowns: [] };
};
