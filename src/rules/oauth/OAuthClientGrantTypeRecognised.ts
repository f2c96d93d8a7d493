import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const OAuthClientGrantTypeRecognised = declareRule({
  id: "GC-OAC-9",
  name: "OAuthClientGrantTypeRecognised",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "An OAuth client's authorized_grant_type is a literal grant type the provider accepts.",
  rationale:
    "The grant type decides whether scopes or roles limit what the client reaches. Without a known grant type neither can be relied on, so both are assessed and the client is treated as reaching whatever either grants (fail closed).",
  remediation:
    "Set authorized_grant_type to CODE, TOKEN, SAML2-BEARER, PASSWORD or CLIENT-CREDENTIALS as a literal, or pass a variable value the gate can read (tfvars or --var-file).",
  check(resource, context) {
    return unknownsOf(context, resource.address, "grant_type").map((unknown) => ({
      attribute: unknown.attribute,
      message: `authorized_grant_type ${unknown.value === "(missing)" ? "is not set" : `"${unknown.value}" ${unknown.reason}`}`,
    }));
  },
});
