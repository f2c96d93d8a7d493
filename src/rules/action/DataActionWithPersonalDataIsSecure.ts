import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { elementIdsOf, elementNames } from "../helpers";

export const DataActionWithPersonalDataIsSecure = declareRule({
  id: "GC-ACT-1",
  name: "DataActionWithPersonalDataIsSecure",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"],
  severity: "High",
  description: "A data action whose inputs or outputs carry personal data is marked secure (secure = true).",
  rationale:
    "Secure data actions can only run in secure flows, where Genesys keeps the values out of recordings, logs and the agent's view. A non-secure action carrying personal data exposes it in flow logs and participant data (GDPR Art. 25, Art. 32).",
  remediation: "Set secure = true (it forces a new action) and call the action from a secure flow.",
  check(resource, context) {
    const elements = elementIdsOf(context, resource.address);
    if (elements.length === 0) return [];
    const secure = boolAt(resource.attributes, "secure");
    if (secure === true) return [];
    const state = secure === "unknown" ? "secure is not resolved before deployment" : "secure is false";
    return [{ attribute: "secure", message: `${state}, yet the action carries ${elementNames(context, elements)}` }];
  },
});
