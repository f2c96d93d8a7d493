import { firstBlock, resolveReference, resourcesOfType, stringAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { entryFor, hasType, type ResourceType } from "../../inventory/resource-type";
import type { DataFlow, Destination } from "../model";
import { urlDestination } from "../url-destination";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/**
 * The platform that carries a channel's messages, with the API host Genesys Cloud exchanges them
 * with, so that the allow-list can approve the platform by host. Open Messaging names its own
 * webhook instead.
 */
const PLATFORMS: Partial<Record<ResourceType, { name: string; vendor: string; api: string; attribute: string }>> = {
  genesyscloud_conversations_messaging_integrations_whatsapp: {
    name: "WhatsApp Business Platform",
    vendor: "Meta Platforms",
    api: "https://graph.facebook.com/",
    attribute: "embedded_signup_access_token",
  },
  genesyscloud_integration_facebook: {
    name: "Facebook Messenger",
    vendor: "Meta Platforms",
    api: "https://graph.facebook.com/",
    attribute: "page_id",
  },
  genesyscloud_conversations_messaging_integrations_instagram: {
    name: "Instagram messaging",
    vendor: "Meta Platforms",
    api: "https://graph.facebook.com/",
    attribute: "page_id",
  },
  genesyscloud_conversations_messaging_integrations_apple: {
    name: "Apple Messages for Business",
    vendor: "Apple",
    api: "https://mspgw.push.apple.com/",
    attribute: "messages_for_business_id",
  },
};

/** URLs an Apple Messages for Business integration makes Apple or the customer's device call, with what they carry. */
const APPLE_URLS: Array<{ block: string; key: string; purpose: string }> = [
  { block: "apple_pay", key: "payment_gateway_url", purpose: "Apple Pay payment processing" },
  { block: "apple_pay", key: "order_tracking_url", purpose: "Apple Pay order tracking" },
  { block: "apple_pay", key: "payment_method_update_url", purpose: "Apple Pay payment method updates" },
  { block: "apple_pay", key: "shipping_contact_update_url", purpose: "Apple Pay shipping contact updates" },
  { block: "apple_pay", key: "shipping_method_update_url", purpose: "Apple Pay shipping method updates" },
  { block: "apple_authentication", key: "oauth_token_url", purpose: "customer authentication (OAuth token endpoint)" },
];

/** The profile an integration names, or else the org's default profile (and the profile it points at). */
function governing(
  integration: GenesysResource,
  inventory: Inventory,
  attribute: string,
  defaultType: ResourceType,
  defaultAttribute: string,
): GenesysResource[] {
  const named = resolveReference(inventory, integration.attributes[attribute]);
  if (named.resource) return [named.resource];
  if (integration.attributes[attribute] !== undefined) return [];
  return resourcesOfType(inventory, defaultType).flatMap((fallback) => {
    const profile = resolveReference(inventory, fallback.attributes[defaultAttribute]).resource;
    return profile ? [fallback, profile] : [fallback];
  });
}

function platformDestination(integration: GenesysResource): Destination {
  if (hasType(integration, "genesyscloud_conversations_messaging_integrations_open")) {
    return urlDestination(
      stringAt(integration.attributes, "outbound_notification_webhook_url"),
      "outbound_notification_webhook_url",
      {},
      "Open Messaging webhook",
    );
  }
  const platform = entryFor(PLATFORMS, integration.type)!;
  return {
    ...urlDestination(platform.api, platform.attribute, {}, `${platform.name} (${platform.vendor})`),
    vendor: platform.vendor,
  };
}

/**
 * A messaging channel: every message of its conversations reaches the platform (or, for Open
 * Messaging, the webhook that receives every outbound message). The messaging settings and
 * supported-content profile that govern it belong to its DPIA.
 */
export const messagingIntegrationSubject: SubjectBuilder = {
  pass: "owner",
  build(integration, context) {
    const { inventory, catalog } = context;
    const provider = providerFor(integration, inventory);
    const source = sourceName(provider, catalog);
    const open = hasType(integration, "genesyscloud_conversations_messaging_integrations_open");
    const members = [
      integration,
      ...governing(
        integration,
        inventory,
        "messaging_setting_id",
        "genesyscloud_conversations_messaging_settings_default",
        "setting_id",
      ),
      ...governing(
        integration,
        inventory,
        "supported_content_id",
        "genesyscloud_conversations_messaging_supportedcontent_default",
        "content_id",
      ),
    ];
    const flows: DataFlow[] = [
      {
        source,
        destination: platformDestination(integration),
        data_elements: elementsOf(context, integration.address),
        processing_nature: open
          ? "Open Messaging: every outbound message is posted to the webhook"
          : "Customer messaging channel",
        frequency: "Real-time",
        via: integration.address,
      },
    ];
    for (const { block, key, purpose } of APPLE_URLS) {
      const url = stringAt(firstBlock(integration.attributes, block), key);
      if (url === undefined) continue;
      flows.push({
        source,
        destination: urlDestination(url, `${block}.${key}`, {}, purpose),
        data_elements: ["contact_pii"],
        processing_nature: purpose,
        frequency: "Per interaction",
        via: integration.address,
      });
    }
    return {
      kind: "integration",
      primary: integration,
      members: [...new Map(members.map((member) => [member.address, member])).values()],
      name: literalName(stringAt(integration.attributes, "name"), integration.name),
      provider,
      flows,
    };
  },
};
