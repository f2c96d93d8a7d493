import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const OAuthClientPermissionDomainsRecognised = declareRule({
  id: "GC-OAC-8",
  name: "OAuthClientPermissionDomainsRecognised",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "Every permission domain in the roles of an OAuth client is one the catalog knows.",
  rationale:
    "The provider only logs unknown permission domains. A domain the catalog does not know cannot be assessed, so it is treated as reaching unknown data (fail closed).",
  remediation:
    "Correct the domain name (e.g. recording, externalContacts) or add it to the catalog through the policy.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "permission_domain").map((unknown) => ({
      attribute: unknown.attribute,
      message: `permission domain "${unknown.value}" ${unknown.reason}`,
    }));
  },
});
