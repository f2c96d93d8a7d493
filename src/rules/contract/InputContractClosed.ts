import { forwardedInputContract } from "../../classify/input-contract";
import { declareRule } from "../rule";

export const InputContractClosed = declareRule({
  id: "GC-CTR-1",
  name: "InputContractClosed",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"],
  severity: "Low",
  description:
    "A data action whose request forwards its input whole (${input.rawRequest}) closes its input contract (additionalProperties: false).",
  rationale:
    "An Architect flow can pass only the properties the input contract declares, so those are the action's data (and are classified as such). An open contract lets a caller of the action's /execute API add properties the request then forwards: a note for data minimisation (GDPR Art. 5(1)(c)), not unknown data.",
  remediation:
    'Set "additionalProperties": false on the input contract, or build the request body from named fields (${input.<name>}).',
  check(resource) {
    const contract = forwardedInputContract(resource.attributes);
    if (!contract || contract.open.length === 0 || contract.undeclared.length > 0) return [];
    return [
      {
        attribute: "contract_input",
        message: `contract_input declares its properties but accepts others (${contract.open.slice(0, 3).join(", ")}: additionalProperties is not false), and the request forwards the input whole`,
      },
    ];
  },
});
