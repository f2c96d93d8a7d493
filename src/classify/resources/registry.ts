import { classifyMessagingIntegration } from "./classify-messaging-integration";
import type { ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
export const RESOURCE_CLASSIFIERS: Readonly<Record<string, ResourceClassifier>> = {
  genesyscloud_conversations_messaging_integrations_open: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_whatsapp: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_instagram: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_apple: classifyMessagingIntegration,
  genesyscloud_integration_facebook: classifyMessagingIntegration,
};
