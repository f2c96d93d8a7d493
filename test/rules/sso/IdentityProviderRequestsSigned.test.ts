import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { okta } from "../../helpers/rules/sso";

describe("GC-IDP-2 IdentityProviderRequestsSigned: authentication requests are signed", () => {
  test("Noncompliance: sign_authn_requests left at its default (false)", () => {
    expect(findingsOf(okta({ sign_authn_requests: undefined }), "GC-IDP-2")[0]!.message).toBe(
      "authentication requests are not signed",
    );
  });
  test("Compliance: signed requests", () => {
    expect(findingsOf(okta(), "GC-IDP-2")).toEqual([]);
  });
});

describe("GC-IDP-2 IdentityProviderRequestsSigned: the messages the DPO reads", () => {
  const idp = (signed: unknown) =>
    terraformJson({
      genesyscloud_idp_generic: {
        sso: {
          name: "Corp IdP",
          issuer_uri: "http://www.okta.com/exk1",
          certificates: ["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
          sign_authn_requests: signed,
        },
      },
    });
  test("GC-IDP-2 Noncompliance: unsigned, and not resolved before deployment", () => {
    expect(shown(idp(false), "GC-IDP-2")).toEqual([["sign_authn_requests", "authentication requests are not signed"]]);
    expect(shown(idp("${var.sign}"), "GC-IDP-2")).toEqual([
      ["sign_authn_requests", "sign_authn_requests is not resolved before deployment"],
    ]);
  });
  test("GC-IDP-2 Compliance: signed", () => {
    expect(findingsOf(idp(true), "GC-IDP-2")).toEqual([]);
  });
});
