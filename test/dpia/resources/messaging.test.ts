import { describe, expect, test } from "vitest";
import { dpiaFor, ref, terraformJson } from "../../helpers/assess-config";
import { open } from "../../helpers/rules/messaging";

describe("messaging integrations are assessed as integrations", () => {
  test("an Open Messaging webhook over http to an unknown host blocks, naming the webhook", () => {
    const dpia = dpiaFor(
      open({ outbound_notification_webhook_url: "http://collector.evil.example/hook" }),
      "genesyscloud_conversations_messaging_integrations_open.shop",
    );
    expect(dpia.dpia_id).toMatch(/^INT-shop-chat-/);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(
      expect.arrayContaining(["GC-FLW-3", "GC-DST-1", "GC-TRF-2"]),
    );
    expect(dpia.data_flows[0]!.data_elements).toEqual(expect.arrayContaining(["message_content"]));
  });
  test("a webhook host hidden behind a variable blocks (fail closed)", () => {
    const dpia = dpiaFor(
      open({ outbound_notification_webhook_url: "https://${var.hook_host}/genesys" }),
      "genesyscloud_conversations_messaging_integrations_open.shop",
    );
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });
  test("a webhook URL that cannot be parsed (control characters, no host, 10 kB long) blocks instead of crashing", () => {
    for (const url of [
      "\u0000\u0001http://x",
      "https://",
      `https://hooks.shop.example.eu/${"a".repeat(10_000)}`,
      "hooks.shop.example.eu/genesys",
    ]) {
      const dpia = dpiaFor(
        open({ outbound_notification_webhook_url: url }),
        "genesyscloud_conversations_messaging_integrations_open.shop",
      );
      expect(dpia.compliance_status, url.slice(0, 30)).toBe("BLOCKED_FOR_DEPLOYMENT");
    }
  });
  test("an approved https webhook in the EEA is approved", () => {
    const policy = {
      version: 1 as const,
      destinations: [
        { host: "hooks.shop.example.eu", vendor: "Shop GmbH", country: "DE", purposes: ["Customer messaging"] },
      ],
    };
    const dpia = dpiaFor(open(), "genesyscloud_conversations_messaging_integrations_open.shop", policy);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    // With no vendor source configured, a flow to a third party says its capability is unknown (High, issue 27).
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(["GC-VEN-1"]);
  });
  test("the messaging settings an integration names join its DPIA; the default settings govern one that names none", () => {
    const config = terraformJson({
      genesyscloud_conversations_messaging_settings: { named: { name: "Named" }, fallback: { name: "Fallback" } },
      genesyscloud_conversations_messaging_settings_default: {
        default: { setting_id: ref("genesyscloud_conversations_messaging_settings.fallback") },
      },
      genesyscloud_integration_facebook: {
        fb: {
          name: "FB",
          page_id: "1",
          messaging_setting_id: ref("genesyscloud_conversations_messaging_settings.named"),
        },
      },
      genesyscloud_conversations_messaging_integrations_instagram: { ig: { name: "IG", page_id: "2" } },
    });
    const addresses = (address: string) =>
      dpiaFor(config, address)
        .resources.map((resource) => resource.address)
        .sort();
    expect(addresses("genesyscloud_integration_facebook.fb")).toEqual([
      "genesyscloud_conversations_messaging_settings.named",
      "genesyscloud_integration_facebook.fb",
    ]);
    expect(addresses("genesyscloud_conversations_messaging_integrations_instagram.ig")).toEqual([
      "genesyscloud_conversations_messaging_integrations_instagram.ig",
      "genesyscloud_conversations_messaging_settings.fallback",
      "genesyscloud_conversations_messaging_settings_default.default",
    ]);
  });
  test("WhatsApp sends the customer's phone number and messages to Meta, a recipient the allow-list has not reviewed", () => {
    const config = terraformJson({
      genesyscloud_conversations_messaging_integrations_whatsapp: {
        wa: { name: "WA", embedded_signup_access_token: "${var.t}" },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_conversations_messaging_integrations_whatsapp.wa");
    expect(dpia.data_flows[0]!.destination).toContain("Meta Platforms");
    expect(dpia.data_flows[0]!.destination_host).toBe("graph.facebook.com");
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii", "conversation_metadata", "message_content"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-DST-1");
  });
  test("a Meta channel is approved once the allow-list names Meta's API host", () => {
    const config = terraformJson({
      genesyscloud_integration_facebook: { fb: { name: "FB", page_id: "1", page_access_token: "${var.page_token}" } },
    });
    const policy = {
      version: 1 as const,
      destinations: [
        {
          host: "graph.facebook.com",
          vendor: "Meta Platforms Ireland Ltd",
          country: "IE",
          purposes: ["Customer messaging on Facebook"],
        },
      ],
    };
    const dpia = dpiaFor(config, "genesyscloud_integration_facebook.fb", policy);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    // With no vendor source configured, a flow to a third party says its capability is unknown (High, issue 27).
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(["GC-VEN-1"]);
  });
  test("Apple Pay callback URLs are flows of the shopper's contact details", () => {
    const config = terraformJson({
      genesyscloud_conversations_messaging_integrations_apple: {
        apple: {
          name: "Apple",
          messages_for_business_id: "abc",
          apple_pay: {
            store_name: "S",
            merchant_id: "m",
            payment_capabilities: ["supports3DS"],
            payment_certificate_credential_id: "c",
            supported_payment_networks: ["visa"],
            domain_name: "shop.example",
            payment_gateway_url: "https://pay.psp.example/",
            shipping_contact_update_url: "http://shop.example/shipping",
          },
        },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_conversations_messaging_integrations_apple.apple");
    expect(
      dpia.findings.filter((finding) => finding.rule_id === "GC-FLW-3").map((finding) => finding.attribute),
    ).toEqual(["apple_pay.shipping_contact_update_url"]);
  });
});
