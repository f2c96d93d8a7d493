import { declareRule } from "../rule";
import { classificationOf } from "../helpers";
import { wideDivisionGrants } from "../role-grant-checks";

export const PeopleRolesGrantNamedDivisions = declareRule({
  id: "GC-PPL-2",
  name: "PeopleRolesGrantNamedDivisions",
  target: "resource",
  resourceTypes: ["genesyscloud_user_roles", "genesyscloud_group_roles"],
  severity: "High",
  description:
    'Roles that reach personal data are granted to users and groups in named divisions, not in all divisions (division_ids = ["*"]).',
  rationale:
    "A grant in all divisions gives the people holding it every division's conversations, recordings and contacts, now and in the future, including divisions created for other business units or countries (GDPR Art. 25(2), data protection by default).",
  remediation: 'List the divisions the people work in under division_ids instead of "*".',
  check(resource, context) {
    return wideDivisionGrants(classificationOf(context, resource.address)?.grants ?? [], "division_ids");
  },
});
