import { z } from "zod";
import type { AuditChange, ChangeSource } from "./audit-change";
import { AuditEventError, changeFromTopicBody, isAfter, markTime } from "./audit-event";
import { parseAuditTopic, sameEntity } from "./audit-topic";

/** The detail-type of every audit event the Genesys EventBridge integration sends (its topic filter, with `{id}`s). */
const AUDIT_DETAIL_TYPE = "v2.audits.entitytype.{id}.entityid.{id}";
/** The partner event source: `aws.partner/genesys.com/cloud/<organization id>/<event source suffix>`. */
const PARTNER_SOURCE = /^aws\.partner\/genesys\.com\/cloud\/([0-9A-Fa-f-]{1,64})\/[^/]+$/;

/** An EventBridge event as the integration delivers it: the topic's notification in `detail`. */
const EVENTBRIDGE_EVENT = z.looseObject({
  id: z.string().min(1),
  "detail-type": z.string().min(1),
  source: z.string().min(1),
  detail: z.looseObject({ topicName: z.string().min(1), eventBody: z.unknown() }),
});

/** An SQS batch as a Lambda receives it, each record's body an EventBridge event (a queue as the rule's target). */
const SQS_BATCH = z.looseObject({
  Records: z.array(
    z.looseObject({ messageId: z.string().min(1), body: z.string(), eventSource: z.literal("aws:sqs") }),
  ),
});

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `an EventBridge event of an unexpected shape (${issue?.path.join(".") || "the event"}: ${issue?.message ?? "?"})`;
}

/**
 * The change an EventBridge audit event carries, whatever its entity type (the triage decides and
 * records what the gate does not assess: nothing is dropped unrecorded); none for another topic.
 * Its org is the one the partner event source names. Any other shape is an AuditEventError.
 */
export function changesFromEventBridgeEvent(event: unknown, from = "EventBridge event"): AuditChange[] {
  const parsed = EVENTBRIDGE_EVENT.safeParse(event);
  if (!parsed.success) throw new AuditEventError(from, describe(parsed.error));
  const { detail, source } = parsed.data;
  const named = `${from} ${parsed.data.id}`;
  if (parsed.data["detail-type"] !== AUDIT_DETAIL_TYPE) return [];
  const organizationId = PARTNER_SOURCE.exec(source)?.[1];
  if (!organizationId)
    throw new AuditEventError(
      named,
      `a source that is not Genesys Cloud's partner event source (${source.slice(0, 120)})`,
    );
  const topic = parseAuditTopic(detail.topicName);
  if (!topic) throw new AuditEventError(named, `an audit event on a topic that is not an audit topic`);
  const change = changeFromTopicBody(detail.eventBody, organizationId, "eventbridge", named);
  if (!sameEntity(change, topic))
    throw new AuditEventError(named, `an audit event whose entity differs from its topic's`);
  return [change];
}

/** One delivery to a Lambda: an EventBridge event (the rule's target is the function) or an SQS batch of them. */
export interface EventBridgeDelivery {
  /** Each message's changes; an SQS record that could not be read is in `failed` (for `batchItemFailures`). */
  messages: Array<{ messageId?: string; changes: AuditChange[] }>;
  failed: Array<{ messageId: string; error: unknown }>;
}

/** The changes of a delivery to a Lambda, message by message: the unreadable SQS records are set apart, not dropped. */
export function readEventBridgeDelivery(delivery: unknown): EventBridgeDelivery {
  const batch = SQS_BATCH.safeParse(delivery);
  if (!batch.success) return { messages: [{ changes: changesFromEventBridgeEvent(delivery) }], failed: [] };
  const result: EventBridgeDelivery = { messages: [], failed: [] };
  for (const record of batch.data.Records) {
    const from = `SQS message ${record.messageId}`;
    try {
      let event: unknown;
      try {
        event = JSON.parse(record.body);
      } catch {
        throw new AuditEventError(from, "a body that is not JSON");
      }
      result.messages.push({ messageId: record.messageId, changes: changesFromEventBridgeEvent(event, from) });
    } catch (error) {
      result.failed.push({ messageId: record.messageId, error });
    }
  }
  return result;
}

/**
 * Changes delivered by the Genesys EventBridge integration, as a ChangeSource over the events a
 * Lambda (or an SQS poller) receives. A delivery's order is kept; EventBridge retries, so the same
 * event may come twice (the watch handles an id once).
 */
export class EventBridgeSource implements ChangeSource {
  constructor(private readonly events: Iterable<unknown> | AsyncIterable<unknown>) {}

  async *changes(options: {
    after?: { id: string; eventTime: string };
    signal: AbortSignal;
  }): AsyncIterable<AuditChange> {
    if (options.after) markTime(options.after);
    for await (const event of this.events) {
      if (options.signal.aborted) return;
      for (const change of changesFromEventBridgeEvent(event)) if (isAfter(change, options.after)) yield change;
    }
  }
}
