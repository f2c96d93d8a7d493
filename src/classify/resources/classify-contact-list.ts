import { allBlocks, stringAt, stringListAt } from "../../inventory/lookup";
import { combineKinds } from "../combine-kinds";
import { parseTemplate } from "../../inventory/expressions";
import type { UnknownValue } from "../model";
import { addKind, columnKinds } from "./column-kinds";
import type { ResourceClassifier } from "./resource-classifier";

const CONTACT_LIST_RULE = "CLS-CONTACT-LIST";

/** Columns the list declares as ways to reach a person, and the kind of contact each is. */
const REACH_COLUMNS: Record<string, string> = {
  phone_columns: "phone",
  email_columns: "email",
  whats_app_columns: "phone",
};

/**
 * An outbound contact list (or its template) holds the people a campaign contacts: their
 * columns say what else it holds about them (a column called `diagnosis` is health data).
 */
export const classifyContactList: ResourceClassifier = (resource, { catalog }) => {
  const attributes = resource.attributes;
  const names = stringListAt(attributes, "column_names");
  const kinds = columnKinds(
    names.map((name) => ({ name, attribute: "column_names" })),
    catalog,
  );
  for (const [block, kind] of Object.entries(REACH_COLUMNS)) {
    allBlocks(attributes, block).forEach((column, index) =>
      addKind(kinds, kind, `${block}[${index}] (${stringAt(column, "column_name") ?? "unnamed"})`),
    );
  }
  if (stringAt(attributes, "zip_code_column_name")) addKind(kinds, "postcode", "zip_code_column_name");
  const elements = combineKinds(kinds);
  if (!elements.some((item) => item.element === "contact_pii")) {
    elements.push({
      element: "contact_pii",
      rule: CONTACT_LIST_RULE,
      evidence: ["an outbound contact list holds the people a campaign contacts"],
    });
  }
  // Columns set by a variable could hold anything: assessed as unknown data until they can be read.
  const unknowns: UnknownValue[] = names.some((name) => parseTemplate(name).some((part) => part.kind !== "literal"))
    ? [
        {
          kind: "value",
          attribute: "column_names",
          value: "column_names",
          reason: "the column names are not resolved before deployment",
        },
      ]
    : [];
  if (unknowns.length > 0)
    elements.push({
      element: "unknown_data",
      rule: CONTACT_LIST_RULE,
      evidence: ["column_names is not resolved before deployment"],
    });
  return { address: resource.address, elements, unknowns };
};
