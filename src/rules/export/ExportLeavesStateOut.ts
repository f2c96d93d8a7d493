import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const ExportLeavesStateOut = declareRule({
  id: "GC-EXP-1",
  name: "ExportLeavesStateOut",
  target: "resource",
  resourceTypes: ["genesyscloud_tf_export"],
  severity: "High",
  description: "A Terraform export of the org does not write a state file (include_state_file is false or unset).",
  rationale:
    "The exported state holds every attribute of every exported resource, people's data and ids among them, in a plain file that is easily committed or copied, outside any retention or access control (GDPR Art. 5(1)(e), Art. 32).",
  remediation:
    "Leave include_state_file unset or false, import resources into a protected remote state instead, and delete export folders after use.",
  check(resource) {
    const state = boolAt(resource.attributes, "include_state_file");
    if (state === false || state === undefined) return [];
    return [
      {
        attribute: "include_state_file",
        message:
          state === true
            ? "the export writes terraform.tfstate next to the exported configuration"
            : "include_state_file is not resolved before deployment",
      },
    ];
  },
});
