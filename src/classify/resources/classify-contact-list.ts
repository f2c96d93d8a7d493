import type { Catalog } from "../../catalog/schema";
import { allBlocks, stringAt, stringListAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { combineKinds } from "../combine-kinds";
import type { ResourceClassification } from "../model";
import { addKind, columnKinds } from "./column-kinds";

export const CONTACT_LIST_RULE = "CLS-CONTACT-LIST";

/** Columns the list declares as ways to reach a person, and the kind of contact each is. */
const REACH_COLUMNS: Record<string, string> = { phone_columns: "phone", email_columns: "email", whats_app_columns: "phone" };

/**
 * An outbound contact list (or its template) holds the people a campaign contacts: their
 * columns say what else it holds about them (a column called `diagnosis` is health data).
 */
export function classifyContactList(resource: GenesysResource, _inventory: Inventory, catalog: Catalog): ResourceClassification {
  const attributes = resource.attributes;
  const kinds = columnKinds(stringListAt(attributes, "column_names").map((name) => ({ name, attribute: "column_names" })), catalog);
  for (const [block, kind] of Object.entries(REACH_COLUMNS)) {
    allBlocks(attributes, block).forEach((column, index) => addKind(kinds, kind, `${block}[${index}] (${stringAt(column, "column_name") ?? "unnamed"})`));
  }
  if (stringAt(attributes, "zip_code_column_name")) addKind(kinds, "postcode", "zip_code_column_name");
  const elements = combineKinds(kinds);
  if (!elements.some((item) => item.element === "contact_pii")) {
    elements.push({ element: "contact_pii", rule: CONTACT_LIST_RULE, evidence: ["an outbound contact list holds the people a campaign contacts"] });
  }
  return { address: resource.address, elements, unknowns: [] };
}
