import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const OAuthClientRolesDefinedInConfiguration = declareRule({
  id: "GC-OAC-7",
  name: "OAuthClientRolesDefinedInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description:
    "Every role granted to a client-credentials OAuth client is defined in the same configuration, so its permissions can be read.",
  rationale:
    "A role referenced by id or through a data source (a built-in role such as Admin) has permissions the configuration does not show; the client may reach any data (fail closed).",
  remediation:
    "Define the role with genesyscloud_auth_role in the same stack (a built-in role can be managed there with default_role_id), so that what it grants is assessed; until then the client is assessed as holding every permission.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "role").map((unknown) => ({
      attribute: unknown.attribute,
      message: `role ${unknown.value} ${unknown.reason}`,
    }));
  },
});
