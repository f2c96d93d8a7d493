import { datatableRowSubject, userSubject, workitemSubject } from "./configuration-record-subject";
import { workitemSchemaSubject, worktypeSubject } from "./workitem-schema-subject";
import { flowLogLevelSubject, flowSubject, guideVersionSubject, journeyActionMapSubject } from "./flow-subject";
import { peopleRolesSubject } from "./people-roles-subject";
import { routingQueueSubject, routingSettingsSubject } from "./routing-subject";
import { webDeploymentSubject } from "./web-deployment-subject";
import { siteSubject, trunkBaseSettingsSubject, trunkUserSubject } from "./telephony-subject";
import { scriptSubject } from "./script-subject";
import type { SubjectBuilder } from "./subject-builder";

/** Subject builders by Terraform resource type: one line per type, the logic in the type's own file. */
export const SUBJECT_BUILDERS: Readonly<Record<string, SubjectBuilder>> = {
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
  genesyscloud_flow: flowSubject,
  genesyscloud_flow_loglevel: flowLogLevelSubject,
  genesyscloud_routing_settings: routingSettingsSubject,
  genesyscloud_routing_queue: routingQueueSubject,
  genesyscloud_user_roles: peopleRolesSubject,
  genesyscloud_group_roles: peopleRolesSubject,
  genesyscloud_user: userSubject,
  genesyscloud_architect_datatable_row: datatableRowSubject,
};
