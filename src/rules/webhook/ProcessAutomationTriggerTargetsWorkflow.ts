import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

/** The target types the provider documents; a trigger fires its events at one of them. */
const KNOWN_TARGETS = new Set(["Workflow"]);

export const ProcessAutomationTriggerTargetsWorkflow = declareRule({
  id: "GC-HOOK-1",
  name: "ProcessAutomationTriggerTargetsWorkflow",
  target: "resource",
  resourceTypes: ["genesyscloud_processautomation_trigger"],
  severity: "High",
  description: "A process-automation trigger sends its events to a target type the gate knows (an Architect workflow).",
  rationale:
    "Every event of the topic, with the conversation or user data in it, goes to the target; a target the gate cannot read is an unassessed recipient (GDPR Art. 35(7)(a), fail closed).",
  remediation:
    'Target a genesyscloud_flow workflow (type = "Workflow"), or describe the new target type to the tool\'s maintainers before deploying it.',
  check(resource) {
    const targets = allBlocks(resource.attributes, "target");
    if (targets.length === 0) return [{ attribute: "target", message: "the trigger names no target" }];
    return targets.flatMap((target, index) => {
      const type = stringAt(target, "type") ?? "";
      if (KNOWN_TARGETS.has(type)) return [];
      const what =
        type === ""
          ? "no type"
          : hasUnresolved(type)
            ? "a type that is not resolved before deployment"
            : `type "${type}", which the gate does not know`;
      return [{ attribute: `target[${index}].type`, message: `the trigger's target has ${what}` }];
    });
  },
});
