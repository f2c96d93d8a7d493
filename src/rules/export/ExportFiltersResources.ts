import { EXPORT_FILTERS } from "../../classify/resources/classify-org-export";
import { stringListAt } from "../../inventory/lookup";
import type { ResourceRule } from "../rule";

export const ExportFiltersResources: ResourceRule = {
  id: "GC-EXP-2",
  name: "ExportFiltersResources",
  target: "resource",
  resourceTypes: ["genesyscloud_tf_export", "genesyscloud_bcp_tf_exporter"],
  severity: "Medium",
  description: "An org export names the resources it writes (include_filter_resources) instead of exporting the whole org.",
  rationale:
    "Exporting everything copies all users, contact lists and data-table rows to files although the purpose rarely needs them (GDPR Art. 5(1)(c) data minimisation, Art. 25(2)).",
  remediation: "Set include_filter_resources to the resource types the purpose needs, and exclude_attributes for personal attributes such as genesyscloud_user.addresses.",
  check(resource) {
    return EXPORT_FILTERS.some((key) => stringListAt(resource.attributes, key).length > 0) ? [] : [{ attribute: "include_filter_resources", message: "the export writes every exportable resource of the org" }];
  },
};
