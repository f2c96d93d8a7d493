import { App, TerraformStack, Testing } from "cdktf";
import { describe, expect, test } from "vitest";
import { ConversationsMessagingIntegrationsOpen } from "../../.gen/providers/genesyscloud/conversations-messaging-integrations-open";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { RoutingEmailRoute } from "../../.gen/providers/genesyscloud/routing-email-route";
import { User } from "../../.gen/providers/genesyscloud/user";

describe("bindings generated from the transcribed schema", () => {
  test("a stack using types the gate did not know before synthesizes to the provider's attribute names", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app as App, "bindings");
    new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
    new ConversationsMessagingIntegrationsOpen(stack, "open", {
      name: "Open Messaging",
      outboundNotificationWebhookUrl: "https://hooks.example.com/genesys",
      outboundNotificationWebhookSignatureSecretToken: "a-signature-token-of-16+",
    });
    new RoutingEmailRoute(stack, "route", {
      domainId: "example.com",
      pattern: "support",
      fromName: "Support",
      autoBcc: [{ email: "archive@example.com", name: "Archive" }],
    });
    new User(stack, "agent", { email: "agent@example.com", name: "Agent", addresses: [{ phoneNumbers: [{ number: "+3531234567", type: "WORK" }] }] });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    expect(json.resource.genesyscloud_conversations_messaging_integrations_open?.open).toMatchObject({
      outbound_notification_webhook_url: "https://hooks.example.com/genesys",
      outbound_notification_webhook_signature_secret_token: "a-signature-token-of-16+",
    });
    expect(json.resource.genesyscloud_routing_email_route?.route).toMatchObject({ auto_bcc: [{ email: "archive@example.com", name: "Archive" }] });
    expect(json.resource.genesyscloud_user?.agent).toMatchObject({ addresses: [{ phone_numbers: [{ number: "+3531234567", type: "WORK" }] }] });
  });
});
