import { declareRule } from "../rule";
import { classificationOf, elementNames, isTopCategory } from "../helpers";

export const WorkitemSchemaAvoidsSensitiveFields = declareRule({
  id: "GC-TSK-2",
  name: "WorkitemSchemaAvoidsSensitiveFields",
  target: "resource",
  resourceTypes: ["genesyscloud_task_management_workitem_schema"],
  severity: "High",
  description: "A work item schema declares no fields for card data, special-category or criminal-offence data.",
  rationale:
    "Work items are visible to every agent of their queues and workbins and kept for the item's lifetime; card numbers may not be stored there (PCI DSS Req. 3) and Art. 9/10 data needs a condition and stricter access (GDPR Art. 9, Art. 10, Art. 32).",
  remediation: "Remove the field, or keep a reference to a system built for the data instead of the data itself.",
  check(resource, context) {
    const found = (classificationOf(context, resource.address)?.elements ?? []).filter((item) =>
      isTopCategory(context, item.element),
    );
    return found.map((item) => ({
      attribute: "properties",
      message: `the schema declares ${elementNames(context, [item.element])} (${item.evidence.slice(0, 3).join(", ")})`,
    }));
  },
});
