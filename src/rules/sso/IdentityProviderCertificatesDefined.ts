import { IDENTITY_PROVIDER_TYPES } from "../../flows/subjects/identity-provider-subject";
import { declareRule } from "../rule";

export const IdentityProviderCertificatesDefined = declareRule({
  id: "GC-IDP-1",
  name: "IdentityProviderCertificatesDefined",
  target: "resource",
  resourceTypes: IDENTITY_PROVIDER_TYPES,
  severity: "High",
  description:
    "A single sign-on trust names the identity provider's signing certificates, so that Genesys Cloud verifies every assertion.",
  rationale:
    "Without a certificate to check signatures against, a forged SAML assertion signs anyone in as any user, with that user's access to customer data (GDPR Art. 32(1)(b), Art. 5(1)(f)).",
  remediation:
    "Set certificates to the identity provider's current X.509 signing certificate(s) (PEM), passed through a variable or file if you prefer.",
  check(resource) {
    const value = resource.attributes.certificates;
    const certificates = Array.isArray(value)
      ? value.filter((item) => typeof item === "string" && item.trim() !== "")
      : typeof value === "string" && value.trim() !== ""
        ? [value]
        : [];
    return certificates.length > 0
      ? []
      : [
          {
            attribute: "certificates",
            message: "no signing certificate is configured, so assertions cannot be verified",
          },
        ];
  },
});
