import { stringListAt, type Attributes } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, ResourceClassification } from "../model";

const EXPORT_RULE = "CLS-ORG-EXPORT";

/** Attributes that narrow what an exporter writes; without any, it writes every exportable resource of the org. */
const EXPORT_FILTERS = ["include_filter_resources", "include_filter_resources_by_id", "resource_types"];
const RESOURCE_TYPE = /^genesyscloud_[a-z0-9_]+$/;

/**
 * The filter attributes that really narrow the export: every entry names a resource type
 * literally (`genesyscloud_routing_queue`, optionally `::` and a name pattern). A pattern in the
 * type part (`.*`, `genesyscloud_.*`) or a value set by a variable may match everything.
 */
export function narrowingFilters(attributes: Attributes): string[] {
  return EXPORT_FILTERS.filter((key) => {
    const entries = stringListAt(attributes, key);
    return entries.length > 0 && entries.every((entry) => RESOURCE_TYPE.test(entry.split("::", 1)[0]!.trim()));
  });
}

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
