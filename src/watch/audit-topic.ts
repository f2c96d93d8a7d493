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
