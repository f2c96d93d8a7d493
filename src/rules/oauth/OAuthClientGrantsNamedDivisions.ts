import { declareRule } from "../rule";
import { classificationOf } from "../helpers";
import { wideDivisionGrants } from "../role-grant-checks";

export const OAuthClientGrantsNamedDivisions = declareRule({
  id: "GC-OAC-3",
  name: "OAuthClientGrantsNamedDivisions",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description:
    'A client-credentials OAuth client\'s roles that reach personal data are granted in named divisions, not all divisions (division_id = "*").',
  rationale:
    "A grant in all divisions applies every division-aware permission of the role to every division, now and in the future: the client reaches every queue's conversations and recordings (GDPR Art. 25(2), data protection by default).",
  remediation: 'Grant the role in the divisions the integration serves instead of "*".',
  check(resource, context) {
    return wideDivisionGrants(classificationOf(context, resource.address)?.access?.grants ?? [], "division_id");
  },
});
