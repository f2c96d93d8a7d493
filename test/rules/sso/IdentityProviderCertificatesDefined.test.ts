import { describe, expect, test } from "vitest";
import { findingsAfterEdit, findingsOf, terraformJson } from "../../helpers/assess-config";
import { okta } from "../../helpers/rules/sso";

describe("GC-IDP-1 IdentityProviderCertificatesDefined: assertions are verified against a certificate", () => {
  test("Noncompliance: a OneLogin trust without certificates", () => {
    const config = terraformJson({
      genesyscloud_idp_onelogin: {
        sso: {
          issuer_uri: "https://acme.onelogin.com/saml/metadata/1",
          target_uri: "https://acme.onelogin.com/trust/saml2/http-post/sso/1",
        },
      },
    });
    expect(findingsOf(config, "GC-IDP-1").map((finding) => finding.resource)).toEqual([
      "genesyscloud_idp_onelogin.sso",
    ]);
  });
  test("Noncompliance: an empty certificate list", () => {
    expect(findingsOf(okta({ certificates: [""] }), "GC-IDP-1")).toHaveLength(1);
  });
  test("Compliance: a certificate, literal or from a file", () => {
    expect(findingsOf(okta(), "GC-IDP-1")).toEqual([]);
    expect(findingsOf(okta({ certificates: ['${file("okta.pem")}'] }), "GC-IDP-1")).toEqual([]);
  });
});

describe("GC-IDP-1 IdentityProviderCertificatesDefined: what counts as a certificate", () => {
  const CERT = "-----BEGIN CERTIFICATE-----\nMIIC...\n-----END CERTIFICATE-----";
  const idp = terraformJson({
    genesyscloud_idp_generic: {
      sso: {
        name: "Corp IdP",
        issuer_uri: "http://www.okta.com/exk1",
        sign_authn_requests: true,
        certificates: [CERT],
      },
    },
  });
  // No list, or a string, Terraform refuses with provider 1.84.1 (the readers exit 2); the rule still reads them.
  const shownWith = (certificates: unknown) =>
    findingsAfterEdit(idp, "GC-IDP-1", "genesyscloud_idp_generic.sso", (attributes) => {
      if (certificates === undefined) delete attributes.certificates;
      else attributes.certificates = certificates;
    }).map((finding) => [finding.attribute, finding.message]);
  const missing = [["certificates", "no signing certificate is configured, so assertions cannot be verified"]];
  test("Noncompliance: no list, an empty list, blank or non-text entries, a blank string", () => {
    for (const certificates of [undefined, [], [""], ["   "], [42, null], "", "  "])
      expect(shownWith(certificates), JSON.stringify(certificates)).toEqual(missing);
  });
  test("Compliance: one certificate among blanks, or a single certificate as a string", () => {
    expect(shownWith(["", CERT])).toEqual([]);
    expect(shownWith(CERT)).toEqual([]);
  });
});
