import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const DataActionContractsAreValidJson = declareRule({
  id: "GC-ACT-3",
  name: "DataActionContractsAreValidJson",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"],
  severity: "High",
  description: "A data action's contract_input and contract_output are JSON Schemas that can be read.",
  rationale:
    "The contracts are the best evidence of which personal data crosses the action. If they cannot be read, the data is unknown and treated as high risk (fail closed).",
  remediation: "Write the contracts as JSON (jsonencode in HCL, JSON.stringify in CDKTF).",
  check(resource, context) {
    return unknownsOf(context, resource.address, "contract").map((unknown) => ({
      attribute: unknown.attribute,
      message: `${unknown.attribute} ${unknown.reason}`,
    }));
  },
});
