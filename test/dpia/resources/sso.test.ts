import { describe, expect, test } from "vitest";
import { dpiaFor, terraformJson } from "../../helpers/assess-config";
import { CERT, okta } from "../../helpers/rules/sso";

const OKTA_POLICY = {
  version: 1 as const,
  destinations: [
    {
      host: "*.okta.com",
      vendor: "Okta, Inc.",
      country: "US",
      transfer_mechanism: "dpf" as const,
      purposes: ["Single sign-on"],
    },
  ],
};

describe("identity providers are assessed as single sign-on trusts", () => {
  test("users' identities flow to the identity provider's sign-in host, which the allow-list must name", () => {
    const dpia = dpiaFor(okta(), "genesyscloud_idp_okta.sso");
    expect(dpia.data_flows[0]!.destination_host).toBe("acme.okta.com");
    expect(dpia.data_flows[0]!.data_elements).toEqual(["employee_pii"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
  });
  test("an allow-listed, DPF-certified Okta with certificates and signed requests is approved; only its vendor capability is unknown", () => {
    const dpia = dpiaFor(okta(), "genesyscloud_idp_okta.sso", OKTA_POLICY);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    // With no vendor source configured, a flow to a third party says its capability is unknown (High, issue 27).
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(["GC-VEN-1"]);
  });
  test("a sign-in URL over http blocks", () => {
    const dpia = dpiaFor(
      okta({ target_uri: "http://sso.acme.example/saml" }),
      "genesyscloud_idp_okta.sso",
      OKTA_POLICY,
    );
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-3");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("every idp_* type is assessed: ADFS with its sign-in host behind a variable blocks", () => {
    const config = terraformJson({
      genesyscloud_idp_adfs: {
        sso: { issuer_uri: "urn:acme:adfs", target_uri: "https://${var.adfs_host}/adfs/ls", certificates: [CERT] },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_idp_adfs.sso");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });
  test("a provider with no sign-in URL is named as unknown; an issuer that looks like an http URL is not taken for it", () => {
    const config = terraformJson({
      genesyscloud_idp_generic: {
        sso: {
          name: "Corp IdP",
          issuer_uri: "http://www.okta.com/exk1",
          certificates: [CERT],
          sign_authn_requests: true,
        },
      },
    });
    const rules = dpiaFor(config, "genesyscloud_idp_generic.sso").findings.map((finding) => finding.rule_id);
    expect(rules).toContain("GC-FLW-4");
    expect(rules).not.toContain("GC-FLW-3");
  });
});
