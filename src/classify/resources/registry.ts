import { classifyGuideVersion, classifyJourneyActionMap } from "./classify-data-action-callers";
import { classifyDatatableRow } from "./classify-datatable-row";
import { classifyFlow } from "./classify-flow";
import { classifyFlowLogLevel } from "./classify-flow-loglevel";
import { classifyPeopleRoles } from "./classify-people-roles";
import { classifyRoutingQueue, classifyRoutingSettings } from "./classify-routing";
import { classifyScript } from "./classify-script";
import { classifySite, classifyTrunkBaseSettings } from "./classify-telephony";
import { classifyWorkitem, classifyWorkitemSchema } from "./classify-task-management";
import { classifyUser } from "./classify-user";
import { classifyWebDeploymentOnSites } from "./classify-web-deployment";
import type { ResourceClassifier } from "./resource-classifier";

/** Classifiers by Terraform resource type: one line per type, the logic in the type's own file. */
export const RESOURCE_CLASSIFIERS: Readonly<Record<string, ResourceClassifier>> = {
  genesyscloud_script: classifyScript,
  genesyscloud_task_management_workitem_schema: classifyWorkitemSchema,
  genesyscloud_task_management_workitem: classifyWorkitem,
  genesyscloud_guide_version: classifyGuideVersion,
  genesyscloud_journey_action_map: classifyJourneyActionMap,
  genesyscloud_telephony_providers_edges_trunkbasesettings: classifyTrunkBaseSettings,
  genesyscloud_telephony_providers_edges_site: classifySite,
  genesyscloud_webdeployments_deployment: classifyWebDeploymentOnSites,
  genesyscloud_flow: classifyFlow,
  genesyscloud_flow_loglevel: classifyFlowLogLevel,
  genesyscloud_routing_settings: classifyRoutingSettings,
  genesyscloud_routing_queue: classifyRoutingQueue,
  genesyscloud_user_roles: classifyPeopleRoles,
  genesyscloud_group_roles: classifyPeopleRoles,
  genesyscloud_user: classifyUser,
  genesyscloud_architect_datatable_row: classifyDatatableRow,
};
