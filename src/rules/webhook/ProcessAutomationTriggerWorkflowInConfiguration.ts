import { allBlocks, resolveReference } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { hasType } from "../../inventory/resource-type";

export const ProcessAutomationTriggerWorkflowInConfiguration = declareRule({
  id: "GC-HOOK-2",
  name: "ProcessAutomationTriggerWorkflowInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_processautomation_trigger"],
  severity: "Medium",
  description:
    "The workflow a process-automation trigger starts is defined in the same configuration, so what it does with each event can be assessed.",
  rationale:
    "The workflow receives every matching event and may pass it to data actions and third parties; defined elsewhere, those recipients are missing from the DPIA (GDPR Art. 35(7)(a), Art. 30(1)(d)).",
  remediation:
    "Reference a genesyscloud_flow resource of this configuration in target.id, or assess the workflow's configuration with it.",
  check(resource, context) {
    return allBlocks(resource.attributes, "target").flatMap((target, index) => {
      const workflow = resolveReference(context.inventory, target.id).resource;
      return hasType(workflow, "genesyscloud_flow")
        ? []
        : [
            {
              attribute: `target[${index}].id`,
              message: "the target workflow is not a genesyscloud_flow of this configuration",
            },
          ];
    });
  },
});
