import { declareRule } from "../rule";
import { classificationOf } from "../helpers";
import { customerDataGrants } from "../role-grant-checks";

export const PeopleRolesAvoidCustomerData = declareRule({
  id: "GC-PPL-1",
  name: "PeopleRolesAvoidCustomerData",
  target: "resource",
  resourceTypes: ["genesyscloud_user_roles", "genesyscloud_group_roles"],
  severity: "Medium",
  description:
    "Roles granted to users or groups that reach customer personal data, recordings or transcripts are listed for review.",
  rationale:
    "Every permission on conversations, recordings, transcripts or external contacts lets the people holding it read customers' data; access must be limited to those who need it for their task (GDPR Art. 5(1)(c), Art. 25(2), Art. 32(4)).",
  remediation:
    "Grant the narrowest role the job needs; keep recording, transcript and contact permissions to the people whose work requires them, and record why in the DPIA.",
  check(resource, context) {
    return customerDataGrants(classificationOf(context, resource.address)?.grants ?? [], context);
  },
});
