/**
 * The audit entity types of what the gate assesses, as Genesys spells them in an audit event's
 * `entityType` (the EntityType enum of the audit topic's payload, AuditTopicAuditLogMessage, in the
 * Platform API SDKs): OAuth clients and the roles they are granted, integrations and their data
 * actions, webhooks, process-automation triggers, web deployments and their configurations, org
 * pairings (trust), outbound contact lists and queues. A source passes on changes of these types only.
 */
export const WATCHED_ENTITY_TYPES: readonly string[] = [
  "OAuthClient",
  "Role",
  "OrganizationAuthorizationTrust",
  "Integration",
  "Action",
  "Webhook",
  "Trigger",
  "Deployment",
  "Configuration",
  "ContactList",
  "Queue",
];

export function isWatchedEntityType(entityType: string): boolean {
  return WATCHED_ENTITY_TYPES.includes(entityType);
}

/** The Notifications API's audit topic of one entity: the topic names one entity, it has no wildcard. */
export function auditTopic(entityType: string, entityId: string): string {
  return `v2.audits.entitytype.${entityType}.entityid.${entityId}`;
}

const AUDIT_TOPIC = /^v2\.audits\.entitytype\.([^.]+)\.entityid\.([^.]+)$/;

/** The entity type and id an audit topic names, or undefined for another topic. */
export function parseAuditTopic(topicName: string): { entityType: string; entityId: string } | undefined {
  const [, entityType, entityId] = AUDIT_TOPIC.exec(topicName) ?? [];
  return entityType && entityId ? { entityType, entityId } : undefined;
}

/** Whether an event's entity is the one its topic names (spelt in either case: the topic is a routing key). */
export function sameEntity(
  event: { entityType: string; entityId: string },
  topic: { entityType: string; entityId: string },
): boolean {
  return (
    event.entityType.toLowerCase() === topic.entityType.toLowerCase() &&
    event.entityId.toLowerCase() === topic.entityId.toLowerCase()
  );
}
