import { declareRule } from "../rule";
import { classificationOf } from "../helpers";
import { customerDataGrants } from "../role-grant-checks";

export const OAuthClientRolesAvoidCustomerData = declareRule({
  id: "GC-OAC-2",
  name: "OAuthClientRolesAvoidCustomerData",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description:
    "A client-credentials OAuth client's roles do not grant permissions on customer personal data, recordings or transcripts.",
  rationale:
    "Client-credentials clients ignore scopes: their roles decide what they can read, with no user in the loop. Recording, conversation, analytics and external-contact permissions give a machine account the customers' data (GDPR Art. 5(1)(c), Art. 25(2), Art. 32).",
  remediation:
    "Give the client a custom role with only the permissions it needs; keep recording and conversation permissions out.",
  check(resource, context) {
    return customerDataGrants(classificationOf(context, resource.address)?.access?.grants ?? [], context);
  },
});
