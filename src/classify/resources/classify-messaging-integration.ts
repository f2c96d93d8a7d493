import type { GenesysResource } from "../../inventory/model";
import { entryFor, type ResourceType } from "../../inventory/resource-type";
import { firstBlock } from "../../inventory/lookup";
import type { ClassifiedElement, ResourceClassification } from "../model";

const MESSAGING_RULE = "CLS-MESSAGING-CHANNEL";

/** The customer's address on the channel: a phone number on WhatsApp, a platform id elsewhere. */
const ADDRESS_ELEMENT: Partial<Record<ResourceType, string>> = {
  genesyscloud_conversations_messaging_integrations_whatsapp: "contact_pii",
};

/** Messages, attachments and the customer's channel address pass through every messaging integration. */
export function classifyMessagingIntegration(resource: GenesysResource): ResourceClassification {
  const channel = resource.type.replace(/^genesyscloud_(conversations_messaging_integrations_|integration_)/, "");
  const elements: ClassifiedElement[] = [
    {
      element: "message_content",
      rule: MESSAGING_RULE,
      evidence: [`${channel} messaging channel: message text and attachments`],
    },
    {
      element: "conversation_metadata",
      rule: MESSAGING_RULE,
      evidence: [`${channel} messaging channel: customer's channel address and timings`],
    },
  ];
  const address = entryFor(ADDRESS_ELEMENT, resource.type);
  if (address)
    elements.push({
      element: address,
      rule: MESSAGING_RULE,
      evidence: [`${channel} messaging channel: the customer's phone number is the address`],
    });
  const applePay = firstBlock(resource.attributes, "apple_pay");
  if (applePay)
    elements.push({
      element: "contact_pii",
      rule: MESSAGING_RULE,
      evidence: ["apple_pay: shipping contact and order details"],
    });
  return { address: resource.address, elements, unknowns: [] };
}
