import type { ResourceRule } from "../rule";
import { classificationOf } from "../helpers";

export const OAuthClientGrantsNamedDivisions: ResourceRule = {
  id: "GC-OAC-3",
  name: "OAuthClientGrantsNamedDivisions",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "A client-credentials OAuth client's roles that reach personal data are granted in named divisions, not all divisions (division_id = \"*\").",
  rationale:
    "A grant in all divisions applies every division-aware permission of the role to every division, now and in the future: the client reaches every queue's conversations and recordings (GDPR Art. 25(2), data protection by default).",
  remediation: "Grant the role in the divisions the integration serves instead of \"*\".",
  check(resource, context) {
    const access = classificationOf(context, resource.address)?.access;
    return (access?.grants ?? [])
      .filter((grant) => (grant.division === "all" || grant.division === "unknown") && (!grant.visible || grant.permissions.some((p) => p.elements.length > 0)))
      .map((grant) => ({
        attribute: `${grant.attribute}.division_id`,
        message:
          grant.division === "all"
            ? `role ${grant.roleReference} is granted in all divisions (division_id = "*")`
            : `role ${grant.roleReference} is granted in a division that is not resolved before deployment`,
      }));
  },
};
