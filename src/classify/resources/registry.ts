import { classifyGuideVersion, classifyJourneyActionMap } from "./classify-data-action-callers";
import { classifyDatatableRow } from "./classify-datatable-row";
import { classifyArchitect } from "./classify-architect";
import { classifyArchitectLogLevel } from "./classify-architect-log-level";
import { classifyPeopleRoles } from "./classify-people-roles";
import { classifyRoutingQueue, classifyRoutingSettings } from "./classify-routing";
import { classifyScript } from "./classify-script";
import { classifySite, classifyTrunkBaseSettings } from "./classify-telephony";
import { classifyWorkitem, classifyWorkitemSchema } from "./classify-task-management";
import { classifyUser } from "./classify-user";
import { classifyWebDeploymentOnSites } from "./classify-web-deployment";
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
import type { ResourceType } from "../../inventory/resource-type";
import type { ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
export const RESOURCE_CLASSIFIERS: Readonly<Partial<Record<ResourceType, ResourceClassifier>>> = {
  genesyscloud_script: classifyScript,
  genesyscloud_task_management_workitem_schema: classifyWorkitemSchema,
  genesyscloud_task_management_workitem: classifyWorkitem,
  genesyscloud_guide_version: classifyGuideVersion,
  genesyscloud_journey_action_map: classifyJourneyActionMap,
  genesyscloud_telephony_providers_edges_trunkbasesettings: classifyTrunkBaseSettings,
  genesyscloud_telephony_providers_edges_site: classifySite,
  genesyscloud_webdeployments_deployment: classifyWebDeploymentOnSites,
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
