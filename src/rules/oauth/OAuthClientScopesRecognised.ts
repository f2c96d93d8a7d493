import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const OAuthClientScopesRecognised = declareRule({
  id: "GC-OAC-6",
  name: "OAuthClientScopesRecognised",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "Every scope of an OAuth client is a literal Genesys Cloud scope the catalog knows.",
  rationale:
    "The provider does not validate scopes. An unknown or unresolved scope cannot be assessed, so it is treated as reaching unknown data (fail closed).",
  remediation:
    "Use the exact Genesys scope names (with hyphens, e.g. external-contacts), or add the scope to the policy's scopes list with what it reaches.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "scope").map((unknown) => ({
      attribute: "scopes",
      message: `scope "${unknown.value}" ${unknown.reason}`,
    }));
  },
});
