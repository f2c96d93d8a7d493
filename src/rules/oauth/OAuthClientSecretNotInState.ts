import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const OAuthClientSecretNotInState = declareRule({
  id: "GC-OAC-4",
  name: "OAuthClientSecretNotInState",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "An OAuth client does not expose its client secret to Terraform state (expose_client_secret).",
  rationale:
    "With expose_client_secret the secret is stored in Terraform state, readable by anyone with access to the state backend, and with it every API call the client may make (GDPR Art. 32(1)(b)).",
  remediation:
    "Leave expose_client_secret false and deliver the secret through integration_credential_name or a secret store.",
  check(resource) {
    const value = boolAt(resource.attributes, "expose_client_secret");
    if (value === true)
      return [
        {
          attribute: "expose_client_secret",
          message: "expose_client_secret = true stores the client secret in Terraform state",
        },
      ];
    if (value === "unknown")
      return [
        {
          attribute: "expose_client_secret",
          message: "expose_client_secret is not resolved before deployment and may store the secret in state",
        },
      ];
    return [];
  },
});
