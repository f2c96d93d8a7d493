import type { ResourceType } from "../inventory/resource-type";

/**
 * The audit entity types (as `AuditLogMessage.entityType` spells them in the Platform API's
 * definition, e.g. platform-client-sdk AuditLogMessage.EntityTypeEnum) whose changes the gate
 * re-assesses, with the provider resource types the live reader gives for them. The service name is
 * not consulted: an entity type known here is re-assessed whichever service logged it (more
 * re-assessment is never less safe).
 */
const ASSESSED: Readonly<Record<string, readonly ResourceType[]>> = {
  OAuthClient: ["genesyscloud_oauth_client"],
  OAuthClientAuthorization: ["genesyscloud_oauth_client"],
  Role: ["genesyscloud_auth_role"],
  Integration: ["genesyscloud_integration", "genesyscloud_conversations_messaging_integrations_open"],
  Action: ["genesyscloud_integration_action"],
  ActionDraft: ["genesyscloud_integration_action"],
  Credential: ["genesyscloud_integration_credential"],
  Deployment: ["genesyscloud_webdeployments_deployment"],
  Configuration: ["genesyscloud_webdeployments_configuration"],
  ConfigurationVersion: ["genesyscloud_webdeployments_configuration"],
  Trigger: ["genesyscloud_processautomation_trigger"],
  Policy: ["genesyscloud_recording_media_retention_policy"],
  ContactList: ["genesyscloud_outbound_contact_list"],
  Queue: ["genesyscloud_routing_queue"],
};

/**
 * Entity types the gate assesses from code but the live reader does not read: a change to one is
 * recorded and alerted as "could not be re-assessed" (fail closed), never passed over.
 */
const NOT_READ_LIVE = new Set([
  "Webhook",
  "Flow",
  "DataTable",
  "Row",
  "Schema",
  "Workitem",
  "Worktype",
  "OrganizationAuthorizationTrust",
  "OrganizationAuthorizationUserTrust",
]);

export type EntityTypeRole =
  { kind: "assessed"; resourceTypes: readonly ResourceType[] } | { kind: "not-read-live" } | { kind: "not-assessed" };

const BY_LOWER_CASE = new Map(Object.entries(ASSESSED).map(([name, types]) => [name.toLowerCase(), types]));
const NOT_READ_LOWER_CASE = new Set([...NOT_READ_LIVE].map((name) => name.toLowerCase()));

/**
 * Every entity type the watch cares about (assessed, or assessed from code but not read live): the
 * one list each source and the Audit Query's choice of services derive from.
 */
export const WATCHED_ENTITY_TYPES: readonly string[] = [...Object.keys(ASSESSED), ...NOT_READ_LIVE];

/**
 * What the watch does with a change to an entity of this type. Matched without case: a source that
 * spells `ROLE` or `oauthclient` must not have a real change passed over as "not assessed".
 */
export function entityTypeRole(entityType: string): EntityTypeRole {
  const name = entityType.toLowerCase();
  const resourceTypes = BY_LOWER_CASE.get(name);
  if (resourceTypes) return { kind: "assessed", resourceTypes };
  return NOT_READ_LOWER_CASE.has(name) ? { kind: "not-read-live" } : { kind: "not-assessed" };
}
