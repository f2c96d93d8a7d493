import { contactListContactSubject, contactListSubject } from "./contact-list-subject";
import { dncListSubject } from "./dnc-list-subject";
import { emailDomainSubject } from "./email-domain-subject";
import { emailRouteSubject } from "./email-route-subject";
import { identityProviderSubject } from "./identity-provider-subject";
import { messagingIntegrationSubject } from "./messaging-integration-subject";
import { orgExportSubject } from "./org-export-subject";
import { orgPairingSubject } from "./org-pairing-subject";
import { outboundRulesetSubject } from "./outbound-ruleset-subject";
import type { SubjectBuilder } from "./subject-builder";

/** Subject builders by Terraform resource type: one line per type, the logic in the type's own file. */
export const SUBJECT_BUILDERS: Readonly<Record<string, SubjectBuilder>> = {
  genesyscloud_conversations_messaging_integrations_open: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_whatsapp: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_instagram: messagingIntegrationSubject,
  genesyscloud_conversations_messaging_integrations_apple: messagingIntegrationSubject,
  genesyscloud_integration_facebook: messagingIntegrationSubject,
  genesyscloud_outbound_contact_list: contactListSubject,
  genesyscloud_outbound_contact_list_template: contactListSubject,
  genesyscloud_outbound_contact_list_contact: contactListContactSubject,
  genesyscloud_outbound_dnclist: dncListSubject,
  genesyscloud_outbound_ruleset: outboundRulesetSubject,
  genesyscloud_outbound_digitalruleset: outboundRulesetSubject,
  genesyscloud_orgauthorization_pairing: orgPairingSubject,
  genesyscloud_routing_email_route: emailRouteSubject,
  genesyscloud_routing_email_domain: emailDomainSubject,
  genesyscloud_idp_adfs: identityProviderSubject,
  genesyscloud_idp_generic: identityProviderSubject,
  genesyscloud_idp_gsuite: identityProviderSubject,
  genesyscloud_idp_okta: identityProviderSubject,
  genesyscloud_idp_onelogin: identityProviderSubject,
  genesyscloud_idp_ping: identityProviderSubject,
  genesyscloud_idp_salesforce: identityProviderSubject,
  genesyscloud_tf_export: orgExportSubject,
  genesyscloud_bcp_tf_exporter: orgExportSubject,
};
