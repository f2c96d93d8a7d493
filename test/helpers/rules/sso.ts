import { terraformJson } from "../assess-config";

export const CERT = "-----BEGIN CERTIFICATE-----\nMIIC...\n-----END CERTIFICATE-----";

export const okta = (body: Record<string, unknown> = {}) =>
  terraformJson({
    genesyscloud_idp_okta: {
      sso: {
        name: "Okta",
        issuer_uri: "http://www.okta.com/exk1",
        target_uri: "https://acme.okta.com/app/genesys/exk1/sso/saml",
        certificates: [CERT],
        sign_authn_requests: true,
        ...body,
      },
    },
  });
