import { classifyContactList } from "./classify-contact-list";
import { classifyContactListContact } from "./classify-contact-list-contact";
import { classifyDncList } from "./classify-dnc-list";
import { classifyEmailDomain } from "./classify-email-domain";
import { classifyEmailRoute } from "./classify-email-route";
import { classifyIdentityProvider } from "./classify-identity-provider";
import { classifyMessagingIntegration } from "./classify-messaging-integration";
import { classifyOrgExport } from "./classify-org-export";
import { classifyOrgPairing } from "./classify-org-pairing";
import { classifyOutboundRuleset } from "./classify-outbound-ruleset";
import type { ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
export const RESOURCE_CLASSIFIERS: Readonly<Record<string, ResourceClassifier>> = {
  genesyscloud_conversations_messaging_integrations_open: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_whatsapp: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_instagram: classifyMessagingIntegration,
  genesyscloud_conversations_messaging_integrations_apple: classifyMessagingIntegration,
  genesyscloud_integration_facebook: classifyMessagingIntegration,
  genesyscloud_outbound_contact_list: classifyContactList,
  genesyscloud_outbound_contact_list_template: classifyContactList,
  genesyscloud_outbound_contact_list_contact: classifyContactListContact,
  genesyscloud_outbound_dnclist: classifyDncList,
  genesyscloud_outbound_ruleset: classifyOutboundRuleset,
  genesyscloud_outbound_digitalruleset: classifyOutboundRuleset,
  genesyscloud_orgauthorization_pairing: classifyOrgPairing,
  genesyscloud_routing_email_route: classifyEmailRoute,
  genesyscloud_routing_email_domain: classifyEmailDomain,
  genesyscloud_idp_adfs: classifyIdentityProvider,
  genesyscloud_idp_generic: classifyIdentityProvider,
  genesyscloud_idp_gsuite: classifyIdentityProvider,
  genesyscloud_idp_okta: classifyIdentityProvider,
  genesyscloud_idp_onelogin: classifyIdentityProvider,
  genesyscloud_idp_ping: classifyIdentityProvider,
  genesyscloud_idp_salesforce: classifyIdentityProvider,
  genesyscloud_tf_export: classifyOrgExport,
  genesyscloud_bcp_tf_exporter: classifyOrgExport,
};
