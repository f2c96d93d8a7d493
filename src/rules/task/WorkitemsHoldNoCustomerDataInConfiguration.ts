import { declareRule } from "../rule";
import { elementIdsOf, elementNames } from "../helpers";

export const WorkitemsHoldNoCustomerDataInConfiguration = declareRule({
  id: "GC-TSK-1",
  name: "WorkitemsHoldNoCustomerDataInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_task_management_workitem"],
  severity: "High",
  description:
    "Work items written in code hold no customer data in their name, description, custom fields or external contact.",
  rationale:
    "A work item in Terraform is a customer case kept in the repository, plan files and state, outside task management's retention and erasure (GDPR Art. 5(1)(e), Art. 17).",
  remediation:
    "Create work items through the API or a flow at run time; keep only test items with fictitious data in code.",
  check(resource, context) {
    const ids = elementIdsOf(context, resource.address);
    return ids.length === 0
      ? []
      : [{ message: `the work item holds ${elementNames(context, ids)} in the configuration` }];
  },
});
