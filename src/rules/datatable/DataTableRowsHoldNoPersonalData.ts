import { declareRule } from "../rule";
import { classificationOf, elementNames } from "../helpers";

export const DataTableRowsHoldNoPersonalData = declareRule({
  id: "GC-DTR-1",
  name: "DataTableRowsHoldNoPersonalData",
  target: "resource",
  resourceTypes: ["genesyscloud_architect_datatable_row"],
  severity: "High",
  description: "Architect data-table rows written in code hold no personal data in their key or properties.",
  rationale:
    "A row in Terraform is personal data kept in the repository, plan files and state, outside any retention or erasure process, and readable by every flow of the org (GDPR Art. 5(1)(e), Art. 17, Art. 32).",
  remediation:
    "Load customer rows through the API or a data-table import, keyed by a pseudonymous id; keep only configuration (queue names, opening hours) in code.",
  check(resource, context) {
    const found = classificationOf(context, resource.address)?.elements ?? [];
    const ids = [...new Set(found.map((item) => item.element))];
    if (ids.length === 0) return [];
    const where = [...new Set(found.flatMap((item) => item.evidence.map((evidence) => evidence.split(/[ :]/)[0]!)))]
      .slice(0, 3)
      .join(", ");
    return [
      {
        attribute: where.startsWith("key_value") ? "key_value" : "properties_json",
        message: `the row holds ${elementNames(context, ids)} (${where})`,
      },
    ];
  },
});
