import { IDENTITY_PROVIDER_TYPES } from "../../flows/subjects/identity-provider-subject";
import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const IdentityProviderRequestsSigned = declareRule({
  id: "GC-IDP-2",
  name: "IdentityProviderRequestsSigned",
  target: "resource",
  resourceTypes: IDENTITY_PROVIDER_TYPES,
  severity: "Medium",
  description: "Genesys Cloud signs its authentication requests to the identity provider (sign_authn_requests = true).",
  rationale:
    "Unsigned requests let a third party start sign-ins on Genesys Cloud's behalf and steer where the assertion is sent; signing them is part of securing access to personal data (GDPR Art. 32(1)(b)).",
  remediation:
    "Set sign_authn_requests = true and register Genesys Cloud's signing certificate with the identity provider.",
  check(resource) {
    const signed = boolAt(resource.attributes, "sign_authn_requests");
    if (signed === true) return [];
    return [
      {
        attribute: "sign_authn_requests",
        message:
          signed === "unknown"
            ? "sign_authn_requests is not resolved before deployment"
            : "authentication requests are not signed",
      },
    ];
  },
});
