import { unknownsOf } from "../helpers";
import { declareRule } from "../rule";

export const InputContractDeclaresItsData = declareRule({
  id: "GC-CTR-2",
  name: "InputContractDeclaresItsData",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"],
  severity: "Medium",
  description:
    "A data action whose request forwards its input whole (${input.rawRequest}) declares in its input contract the properties it takes.",
  rationale:
    "An input contract that names no property (an empty or open object) says nothing of the data, and the request forwards whatever the caller passes: the data is unknown. While it stays inside Genesys (the org's own API) that is a gap in the record of processing (GDPR Art. 30); when it leaves, GC-FLW-5 rates it as the most sensitive data an action can carry.",
  remediation:
    'Declare the properties the action takes in contract_input, with "additionalProperties": false, or build the request body from named fields.',
  check(resource, context) {
    return unknownsOf(context, resource.address, "undeclared_contract").map((unknown) => ({
      attribute: unknown.attribute,
      message: `${unknown.attribute} ${unknown.reason}`,
    }));
  },
});
