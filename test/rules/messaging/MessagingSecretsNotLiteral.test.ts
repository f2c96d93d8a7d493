import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { open } from "../../helpers/rules/messaging";

const SECRET = "s3cr3t-signature-token-0123456789";

describe("GC-MSG-1 MessagingSecretsNotLiteral: channel tokens and secrets are not literal", () => {
  test("Noncompliance: an Open Messaging signature secret written literally, never printed", () => {
    const findings = findingsOf(open({ outbound_notification_webhook_signature_secret_token: SECRET }), "GC-MSG-1");
    expect(findings.map((finding) => finding.attribute)).toEqual([
      "outbound_notification_webhook_signature_secret_token",
    ]);
    expect(JSON.stringify(findings)).not.toContain(SECRET);
  });
  test("Noncompliance: a Facebook page access token, a WhatsApp PIN and an Apple OAuth secret", () => {
    const config = terraformJson({
      genesyscloud_integration_facebook: {
        fb: { name: "FB", page_id: "1234", page_access_token: "EAAB-literal-token" },
      },
      genesyscloud_conversations_messaging_integrations_whatsapp: {
        wa: {
          name: "WA",
          embedded_signup_access_token: "${var.wa_token}",
          activate_whatsapp: [{ phone_number: "+353861234567", pin: "123456" }],
        },
      },
      genesyscloud_conversations_messaging_integrations_apple: {
        apple: {
          name: "Apple",
          messages_for_business_id: "abc",
          apple_authentication: { oauth_client_id: "id", oauth_client_secret: "literal-secret" },
        },
      },
    });
    expect(
      findingsOf(config, "GC-MSG-1")
        .map((finding) => `${finding.resource} ${finding.attribute}`)
        .sort(),
    ).toEqual([
      "genesyscloud_conversations_messaging_integrations_apple.apple apple_authentication.oauth_client_secret",
      "genesyscloud_conversations_messaging_integrations_whatsapp.wa activate_whatsapp.pin",
      "genesyscloud_integration_facebook.fb page_access_token",
    ]);
  });
  test("Noncompliance: an Authorization header written into webhook_headers", () => {
    const findings = findingsOf(
      open({ webhook_headers: JSON.stringify({ Authorization: "Bearer abc", "X-Tenant": "shop" }) }),
      "GC-MSG-1",
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "webhook header Authorization holds a literal credential",
    ]);
  });
  test("Compliance: secrets and tokens passed through variables", () => {
    const config = open(
      { webhook_headers: "${jsonencode({ Authorization = var.hook_auth })}" },
      {
        genesyscloud_integration_facebook: {
          fb: { name: "FB", page_id: "1234", page_access_token: "${var.page_token}" },
        },
      },
    );
    expect(findingsOf(config, "GC-MSG-1")).toEqual([]);
  });
});

describe("GC-MSG-1 MessagingSecretsNotLiteral: literal secrets, headers and templates", () => {
  const open = (body: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_conversations_messaging_integrations_open: {
        shop: {
          name: "Shop chat",
          outbound_notification_webhook_url: "https://hooks.shop.example.eu/genesys",
          ...body,
        },
      },
    });
  test("Noncompliance: a literal signature secret and a literal credential header, each named", () => {
    expect(
      shown(
        open({
          outbound_notification_webhook_signature_secret_token: "s3cr3t",
          webhook_headers: JSON.stringify({ "X-Api-Key": "k-123", "X-Tenant": "shop" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([
      [
        "outbound_notification_webhook_signature_secret_token",
        "outbound_notification_webhook_signature_secret_token holds a literal secret",
      ],
      ["webhook_headers", "webhook header X-Api-Key holds a literal credential"],
    ]);
  });
  test("Noncompliance: headers that are not a JSON object are judged by their text", () => {
    for (const headers of ["Authorization: Bearer abc", JSON.stringify(["Authorization", "Bearer abc"])]) {
      expect(
        shown(
          open({ outbound_notification_webhook_signature_secret_token: "${var.s}", webhook_headers: headers }),
          "GC-MSG-1",
        ),
        headers,
      ).toEqual([["webhook_headers", "webhook header (unparsed headers) holds a literal credential"]]);
    }
  });
  test("Compliance: secrets from variables, partly templated values, headers without credentials", () => {
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "${var.s}",
          webhook_headers: JSON.stringify({ Authorization: "Bearer ${var.token}" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "prefix-${var.s}",
          webhook_headers: "X-Tenant: shop",
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "${var.s}",
          webhook_headers: JSON.stringify({ "X-Tenant": "shop" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
  });
  test("Compliance: a WhatsApp PIN from a variable; Noncompliance: a literal one", () => {
    const whatsapp = (pin: string) =>
      terraformJson({
        genesyscloud_conversations_messaging_integrations_whatsapp: {
          wa: {
            name: "WA",
            embedded_signup_access_token: "${var.t}",
            activate_whatsapp: [{ phone_number: "+353861234567", pin }],
          },
        },
      });
    expect(findingsOf(whatsapp("${var.pin}"), "GC-MSG-1")).toEqual([]);
    expect(shown(whatsapp("123456"), "GC-MSG-1")).toEqual([
      ["activate_whatsapp.pin", "activate_whatsapp.pin holds a literal secret"],
    ]);
  });
});
