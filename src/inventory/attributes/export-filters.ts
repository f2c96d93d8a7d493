import { stringListAt, type Attributes } from "../lookup";

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
