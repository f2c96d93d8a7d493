import { declareRule } from "../rule";
import { elementIdsOf, elementNames } from "../helpers";

export const NoPersonalDataInConfiguration = declareRule({
  id: "GC-CON-1",
  name: "NoPersonalDataInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_externalcontacts_contact"],
  severity: "High",
  description:
    "Infrastructure code does not hold customer records (genesyscloud_externalcontacts_contact with personal data).",
  rationale:
    "Personal data written into Terraform lives on in the repository history, plan files and state, outside any retention or erasure process (GDPR Art. 5(1)(e), Art. 17).",
  remediation:
    "Load contacts through the Genesys API or an import job, not through infrastructure code; use obviously fictitious test data in examples.",
  check(resource, context) {
    const elements = elementIdsOf(context, resource.address);
    return elements.length === 0
      ? []
      : [{ message: `the configuration itself holds ${elementNames(context, elements)} of a customer` }];
  },
});
