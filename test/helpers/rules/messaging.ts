import { terraformJson } from "../assess-config";

export const open = (
  body: Record<string, unknown> = {},
  extra: Record<string, Record<string, Record<string, unknown>>> = {},
) =>
  terraformJson({
    genesyscloud_conversations_messaging_integrations_open: {
      shop: {
        name: "Shop chat",
        outbound_notification_webhook_url: "https://hooks.shop.example.eu/genesys",
        outbound_notification_webhook_signature_secret_token: "${var.signature_secret}",
        ...body,
      },
    },
    ...extra,
  });
