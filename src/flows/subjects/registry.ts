import { messagingIntegrationSubject } from "./messaging-integration-subject";
import type { SubjectBuilder } from "./subject-builder";

/** Subject builders by Terraform resource type: one line per type, the logic in the type's own file. */
export const SUBJECT_BUILDERS: Readonly<Record<string, SubjectBuilder>> = {
  genesyscloud_conversations_messaging_integrations_open: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_whatsapp: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_instagram: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_apple: messagingIntegrationSubject,
  genesyscloud_integration_facebook: messagingIntegrationSubject,
};
