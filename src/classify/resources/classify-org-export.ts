import { narrowingFilters } from "../../inventory/attributes/export-filters";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, ResourceClassification } from "../model";

const EXPORT_RULE = "CLS-ORG-EXPORT";

/**
 * An exporter writes the org's configuration to files: users' names and emails, contact lists and
 * contacts among it. Filters are regular expressions over types and names, so what they let
 * through cannot be told without the org: assessed as reaching people's data either way.
 */
export function classifyOrgExport(resource: GenesysResource): ResourceClassification {
  const filters = narrowingFilters(resource.attributes);
  const scope =
    filters.length > 0 ? `resources matching ${filters.join(", ")}` : "every exportable resource of the org";
  const elements: ClassifiedElement[] = [
    { element: "employee_pii", rule: EXPORT_RULE, evidence: [`${scope} (users, groups and their contact details)`] },
    { element: "contact_pii", rule: EXPORT_RULE, evidence: [`${scope} (contact lists, contacts and data-table rows)`] },
  ];
  return { address: resource.address, elements, unknowns: [] };
}
