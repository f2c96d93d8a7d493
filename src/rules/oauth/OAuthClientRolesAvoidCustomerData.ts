import type { ResourceRule } from "../rule";
import { classificationOf, elementNames, isCustomerData } from "../helpers";

export const OAuthClientRolesAvoidCustomerData: ResourceRule = {
  id: "GC-OAC-2",
  name: "OAuthClientRolesAvoidCustomerData",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "A client-credentials OAuth client's roles do not grant permissions on customer personal data, recordings or transcripts.",
  rationale:
    "Client-credentials clients ignore scopes: their roles decide what they can read, with no user in the loop. Recording, conversation, analytics and external-contact permissions give a machine account the customers' data (GDPR Art. 5(1)(c), Art. 25(2), Art. 32).",
  remediation: "Give the client a custom role with only the permissions it needs; keep recording and conversation permissions out.",
  check(resource, context) {
    const access = classificationOf(context, resource.address)?.access;
    return (access?.grants ?? []).flatMap((grant) =>
      grant.permissions
        .filter((permission) => permission.elements.some((id) => id !== "unknown_data" && isCustomerData(context, id)))
        .map((permission) => ({
          attribute: `${grant.attribute}.role_id`,
          message: `role ${grant.roleAddress} grants ${permission.permission}, which reaches ${elementNames(context, permission.elements.filter((id) => isCustomerData(context, id)))}`,
        })),
    );
  },
};
