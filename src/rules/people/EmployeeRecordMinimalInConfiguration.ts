import { declareRule } from "../rule";
import { extraEmployeeData } from "../../inventory/attributes/employee-record";

export const EmployeeRecordMinimalInConfiguration = declareRule({
  id: "GC-PPL-4",
  name: "EmployeeRecordMinimalInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_user"],
  severity: "Medium",
  description:
    "A user managed in code holds no more employee data than the account needs (name and email): no phone numbers, other emails, employee ids, hire dates or notes.",
  rationale:
    "Employee data in infrastructure code is copied into every clone, plan and state file and outlives the employment; only what creating the account requires is necessary (GDPR Art. 5(1)(c), Art. 5(1)(e), Art. 88).",
  remediation:
    "Keep phone numbers, employer information and notes in the HR system or set them through the Genesys UI or SCIM, not in Terraform.",
  check(resource) {
    const extra = extraEmployeeData(resource.attributes);
    return extra.length === 0
      ? []
      : [
          {
            attribute: extra[0]!,
            message: `the configuration holds employee data beyond the account: ${extra.join(", ")}`,
          },
        ];
  },
});
