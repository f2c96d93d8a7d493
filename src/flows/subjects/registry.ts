import { datatableRowSubject, userSubject, workitemSubject } from "./configuration-record-subject";
import { workitemSchemaSubject, worktypeSubject } from "./workitem-schema-subject";
import { architectLogLevelSubject, architectSubject } from "./architect-subject";
import { guideVersionSubject, journeyActionMapSubject } from "./data-action-caller-subject";
import { peopleRolesSubject } from "./people-roles-subject";
import { routingQueueSubject, routingSettingsSubject } from "./routing-subject";
import { webDeploymentSubject } from "./web-deployment-subject";
import { siteSubject, trunkBaseSettingsSubject, trunkUserSubject } from "./telephony-subject";
import { scriptSubject } from "./script-subject";
import { contactListContactSubject, contactListSubject } from "./contact-list-subject";
import { dncListSubject } from "./dnc-list-subject";
import { emailDomainSubject } from "./email-domain-subject";
import { emailRouteSubject } from "./email-route-subject";
import { identityProviderSubject } from "./identity-provider-subject";
import { messagingIntegrationSubject } from "./messaging-integration-subject";
import { orgExportSubject } from "./org-export-subject";
import { orgPairingSubject } from "./org-pairing-subject";
import { outboundRulesetSubject } from "./outbound-ruleset-subject";
import { entryFor } from "../../inventory/resource-type";
import { catalogSubject } from "./catalog-subject";
import { integrationSubject } from "./integration-subject";
import { oauthClientSubject } from "./oauth-client-subject";
import { dataActionSubject, standaloneResourceSubject } from "./standalone-subject";
import type { SubjectBuilder, SubjectBuilderRegistry } from "./subject-builder";

/** Subject builders by Terraform resource type: one line per type, the logic in the type's own file. */
const SUBJECT_BUILDERS: SubjectBuilderRegistry = {
  genesyscloud_integration: integrationSubject,
  genesyscloud_oauth_client: oauthClientSubject,
  genesyscloud_integration_action: dataActionSubject,
  genesyscloud_integration_action_draft: dataActionSubject,
  genesyscloud_integration_custom_auth_action: dataActionSubject,
  genesyscloud_processautomation_trigger: standaloneResourceSubject,
  genesyscloud_recording_media_retention_policy: standaloneResourceSubject,
  genesyscloud_webdeployments_configuration: standaloneResourceSubject,
  genesyscloud_externalcontacts_contact: standaloneResourceSubject,
  genesyscloud_script: scriptSubject,
  genesyscloud_task_management_workitem_schema: workitemSchemaSubject,
  genesyscloud_task_management_worktype: worktypeSubject,
  genesyscloud_task_management_workitem: workitemSubject,
  genesyscloud_guide_version: guideVersionSubject,
  genesyscloud_journey_action_map: journeyActionMapSubject,
  genesyscloud_telephony_providers_edges_trunkbasesettings: trunkBaseSettingsSubject,
  genesyscloud_telephony_providers_edges_trunk: trunkUserSubject,
  genesyscloud_telephony_providers_edges_site_outbound_route: trunkUserSubject,
  genesyscloud_telephony_providers_edges_site: siteSubject,
  genesyscloud_webdeployments_deployment: webDeploymentSubject,
  genesyscloud_flow: architectSubject,
  genesyscloud_flow_loglevel: architectLogLevelSubject,
  genesyscloud_routing_settings: routingSettingsSubject,
  genesyscloud_routing_queue: routingQueueSubject,
  genesyscloud_user_roles: peopleRolesSubject,
  genesyscloud_group_roles: peopleRolesSubject,
  genesyscloud_user: userSubject,
  genesyscloud_architect_datatable_row: datatableRowSubject,
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

/** What no dedicated builder covers is assessed from the catalog, after every other builder. */
const CATALOG_BUILDER: SubjectBuilder = { pass: "fallback", build: catalogSubject };

/** The subject builder of a type; a type without one of its own (or one the provider does not have) gets the catalog's. */
export function subjectBuilderFor(type: string): SubjectBuilder {
  return entryFor(SUBJECT_BUILDERS, type) ?? CATALOG_BUILDER;
}
