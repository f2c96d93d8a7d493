import { entryFor } from "../../inventory/resource-type";
import { classifyAction } from "./classify-action";
import { classifyArchitect } from "./classify-architect";
import { classifyArchitectLogLevel } from "./classify-architect-log-level";
import { classifyByCatalog } from "./classify-by-catalog";
import { classifyContactList } from "./classify-contact-list";
import { classifyContactListContact } from "./classify-contact-list-contact";
import { classifyGuideVersion, classifyJourneyActionMap } from "./classify-data-action-callers";
import { classifyDatatableRow } from "./classify-datatable-row";
import { classifyDncList } from "./classify-dnc-list";
import { classifyEmailDomain } from "./classify-email-domain";
import { classifyEmailRoute } from "./classify-email-route";
import { classifyExternalContact } from "./classify-external-contact";
import { classifyIdentityProvider } from "./classify-identity-provider";
import { classifyIntegration } from "./classify-integration";
import { classifyMessagingIntegration } from "./classify-messaging-integration";
import { classifyOAuthClient } from "./classify-oauth-client";
import { classifyOrgExport } from "./classify-org-export";
import { classifyOrgPairing } from "./classify-org-pairing";
import { classifyOutboundRuleset } from "./classify-outbound-ruleset";
import { classifyPeopleRoles } from "./classify-people-roles";
import { classifyProcessTrigger } from "./classify-process-trigger";
import { classifyRetentionPolicy } from "./classify-retention-policy";
import { classifyRoutingQueue, classifyRoutingSettings } from "./classify-routing";
import { classifyScript } from "./classify-script";
import { classifySite, classifyTrunkBaseSettings } from "./classify-telephony";
import { classifyWorkitem, classifyWorkitemSchema } from "./classify-task-management";
import { classifyUser } from "./classify-user";
import { classifyWebDeploymentConfiguration, classifyWebDeploymentOnSites } from "./classify-web-deployment";
import type { ClassifierRegistry, ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
const RESOURCE_CLASSIFIERS: ClassifierRegistry = {
  genesyscloud_integration: classifyIntegration,
  genesyscloud_integration_action: classifyAction,
  genesyscloud_integration_action_draft: classifyAction,
  genesyscloud_integration_custom_auth_action: classifyAction,
  genesyscloud_oauth_client: classifyOAuthClient,
  genesyscloud_script: classifyScript,
  genesyscloud_task_management_workitem_schema: classifyWorkitemSchema,
  genesyscloud_task_management_workitem: classifyWorkitem,
  genesyscloud_guide_version: classifyGuideVersion,
  genesyscloud_journey_action_map: classifyJourneyActionMap,
  genesyscloud_telephony_providers_edges_trunkbasesettings: classifyTrunkBaseSettings,
  genesyscloud_telephony_providers_edges_site: classifySite,
  genesyscloud_webdeployments_deployment: classifyWebDeploymentOnSites,
  genesyscloud_webdeployments_configuration: classifyWebDeploymentConfiguration,
  genesyscloud_flow: classifyArchitect,
  genesyscloud_flow_loglevel: classifyArchitectLogLevel,
  genesyscloud_routing_settings: classifyRoutingSettings,
  genesyscloud_routing_queue: classifyRoutingQueue,
  genesyscloud_user_roles: classifyPeopleRoles,
  genesyscloud_group_roles: classifyPeopleRoles,
  genesyscloud_user: classifyUser,
  genesyscloud_architect_datatable_row: classifyDatatableRow,
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
  genesyscloud_recording_media_retention_policy: classifyRetentionPolicy,
  genesyscloud_processautomation_trigger: classifyProcessTrigger,
  genesyscloud_externalcontacts_contact: classifyExternalContact,
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

/**
 * The classifier of a type; a type without one of its own (or one the provider does not have) is
 * judged from the catalog.
 */
export function classifierFor(type: string): ResourceClassifier {
  return entryFor(RESOURCE_CLASSIFIERS, type) ?? classifyByCatalog;
}
