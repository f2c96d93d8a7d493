import { declareRule } from "../rule";
import { narrowingFilters } from "../../inventory/attributes/export-filters";

export const ExportFiltersResources = declareRule({
  id: "GC-EXP-2",
  name: "ExportFiltersResources",
  target: "resource",
  resourceTypes: ["genesyscloud_tf_export", "genesyscloud_bcp_tf_exporter"],
  severity: "Medium",
  description:
    "An org export names the resource types it writes (include_filter_resources) instead of exporting the whole org; a pattern in the type part counts as the whole org.",
  rationale:
    "Exporting everything copies all users, contact lists and data-table rows to files although the purpose rarely needs them (GDPR Art. 5(1)(c) data minimisation, Art. 25(2)).",
  remediation:
    "Set include_filter_resources to the resource types the purpose needs, and exclude_attributes for personal attributes such as genesyscloud_user.addresses.",
  check(resource) {
    return narrowingFilters(resource.attributes).length > 0
      ? []
      : [
          {
            attribute: "include_filter_resources",
            message:
              "the export may write every exportable resource of the org (no filter names resource types literally)",
          },
        ];
  },
});
