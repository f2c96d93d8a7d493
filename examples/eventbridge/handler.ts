// An AWS Lambda for the Genesys Cloud EventBridge integration (Admin > Integrations > Amazon EventBridge
// Source, topic filter `v2.audits.entitytype.{id}.entityid.{id}`): the org's audit events reach the
// partner event bus `aws.partner/genesys.com/cloud/<organization id>/<suffix>`, and a rule sends them to
// this function, directly or through an SQS queue (then enable ReportBatchItemFailures on the queue's
// event source mapping, so that a message this function could not read or handle is delivered again).
import { readEventBridgeDelivery, type AuditChange } from "../../src";

/** What is done with the changes of one message: the watch's processing in a deployment. */
export type ChangeHandler = (changes: AuditChange[]) => Promise<void>;

/** Lambda's partial batch response for an SQS batch: the messages to deliver again. */
export interface BatchResponse {
  batchItemFailures: Array<{ itemIdentifier: string }>;
}

/**
 * A handler for either delivery: an EventBridge event (a failure throws, and EventBridge retries it
 * then sends it to the rule's dead-letter queue) or an SQS batch (each failed message is named in
 * `batchItemFailures`, never dropped).
 */
export function createHandler(handle: ChangeHandler): (event: unknown) => Promise<BatchResponse | undefined> {
  return async (event) => {
    const delivery = readEventBridgeDelivery(event);
    const failures = delivery.failed.map(({ messageId, error }) => {
      console.error(`dpia: ${error instanceof Error ? error.message : String(error)}`);
      return { itemIdentifier: messageId };
    });
    for (const message of delivery.messages) {
      if (message.messageId === undefined) {
        await handle(message.changes);
        continue;
      }
      try {
        await handle(message.changes);
      } catch (error) {
        console.error(
          `dpia: SQS message ${message.messageId}: ${error instanceof Error ? error.message : String(error)}`,
        );
        failures.push({ itemIdentifier: message.messageId });
      }
    }
    const isBatch = delivery.messages.some((message) => message.messageId !== undefined) || failures.length > 0;
    return isBatch ? { batchItemFailures: failures } : undefined;
  };
}

/** The deployed handler: one line per change (ids, types, action and time: no personal data), for the watch to take up. */
export const handler = createHandler(async (changes) => {
  for (const change of changes) console.log(JSON.stringify(change));
});
