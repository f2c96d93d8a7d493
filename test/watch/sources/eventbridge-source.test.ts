import { describe, expect, it, vi } from "vitest";
import { createHandler, handler } from "../../../examples/eventbridge/handler";
import { InputError } from "../../../src/validation/input-error";
import { changesFromEventBridgeEvent, EventBridgeSource } from "../../../src/watch/eventbridge-source";
import { collect } from "./collect-changes";

/**
 * An audit event as the Genesys Cloud EventBridge integration delivers it: the sample event of Genesys's
 * blueprint "Amazon EventBridge - Create a PagerDuty incident in response to OAuth client deletes"
 * (GenesysCloudBlueprints/aws-eventbridge-oauth-client-delete-blueprint, events/OAuthClientDelete.json):
 * `detail-type` is the integration's topic filter `v2.audits.entitytype.{id}.entityid.{id}`, `source` the
 * partner event source `aws.partner/genesys.com/cloud/<organization id>/<suffix>`, and `detail` the
 * notification {topicName, version, eventBody: AuditTopicAuditLogMessage, metadata, timestamp}.
 */
const ORG = "23faea37-1117-4c0a-88a2-572c46780b03";
const CLIENT_ID = "46a10c81-ca63-4bfe-bc9d-3fbf41ee06b5";
function oauthClientEvent(id = "128b506d-0a67-4e8c-a27c-fd3ed9566094", org = ORG): Record<string, unknown> {
  return {
    version: "0",
    id: `e9938ff0-50e2-45f8-950f-${id.slice(-12)}`,
    "detail-type": "v2.audits.entitytype.{id}.entityid.{id}",
    source: `aws.partner/genesys.com/cloud/${org}/quickstart-test`,
    account: "490606849374",
    time: "2021-05-31T09:49:26Z",
    region: "us-east-1",
    resources: [],
    detail: {
      topicName: `v2.audits.entitytype.OAuthClient.entityid.${CLIENT_ID}`,
      version: "2",
      eventBody: {
        id,
        userId: "d7ff136e-8f5a-4878-a0ae-e2138ad0345d",
        userHomeOrgId: org,
        username: { id: "" },
        clientId: { id: CLIENT_ID },
        serviceName: "PeoplePermissions",
        eventTime: "2021-05-31T09:49:25.000Z",
        action: "Delete",
        entityType: "OAuthClient",
        entity: { id: CLIENT_ID, name: "My OAuth Client" },
        propertyChanges: [
          { property: "deleted_on", newValues: ["2021-05-31T09:44:53Z"] },
          { property: "scopes", oldValues: ["users"] },
        ],
      },
      metadata: { CorrelationId: "8f725aa1-d831-4fb3-a8ea-9ccf7d44db68-archival" },
      timestamp: "2021-05-31T09:49:26.031Z",
    },
  };
}

/** An SQS batch as Lambda receives it from a queue that is the rule's target: each body an EventBridge event. */
function sqsBatch(...bodies: string[]): Record<string, unknown> {
  return {
    Records: bodies.map((body, index) => ({
      messageId: `059f36b4-87a3-44ab-83d2-66197${String(index).padStart(7, "0")}`,
      receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
      body,
      attributes: { ApproximateReceiveCount: "1", SentTimestamp: "1545082649183" },
      messageAttributes: {},
      md5OfBody: "e4e68fb7bd0e697a0ae8f1bb342846b3",
      eventSource: "aws:sqs",
      eventSourceARN: "arn:aws:sqs:us-east-1:490606849374:dpia-watch",
      awsRegion: "us-east-1",
    })),
  };
}

describe("the EventBridge source", () => {
  it("reads the integration's event: the change, its org from the partner event source", () => {
    expect(changesFromEventBridgeEvent(oauthClientEvent())).toEqual([
      {
        id: "128b506d-0a67-4e8c-a27c-fd3ed9566094",
        organizationId: ORG,
        serviceName: "PeoplePermissions",
        entityType: "OAuthClient",
        entityId: CLIENT_ID,
        action: "Delete",
        eventTime: "2021-05-31T09:49:25.000Z",
        via: "eventbridge",
      },
    ]);
  });

  it("keeps another org's event true to it (the watch refuses it), passes over other topics, passes on every audit", () => {
    const other = "0b9c3a1e-1111-4c0a-88a2-000000000000";
    expect(changesFromEventBridgeEvent(oauthClientEvent(undefined, other))[0]?.organizationId).toBe(other);
    expect(
      changesFromEventBridgeEvent({ ...oauthClientEvent(), "detail-type": "v2.analytics.flow.{id}.aggregates" }),
    ).toEqual([]);
    const user = oauthClientEvent();
    const detail = user.detail as { topicName: string; eventBody: Record<string, unknown> };
    detail.topicName = "v2.audits.entitytype.AuthUser.entityid.u-1";
    detail.eventBody = { ...detail.eventBody, entityType: "AuthUser", entity: { id: "u-1" } };
    // Every audit is passed on: the watch's triage records the types it does not assess (nothing dropped unrecorded).
    expect(changesFromEventBridgeEvent(user).map((change) => [change.entityType, change.entityId])).toEqual([
      ["AuthUser", "u-1"],
    ]);
  });

  it("refuses what is not the integration's: another source, a misshapen body, a topic of another entity (exit 2)", () => {
    const forged = { ...oauthClientEvent(), source: "my.app" };
    expect(() => changesFromEventBridgeEvent(forged)).toThrow(InputError);
    expect(() => changesFromEventBridgeEvent(forged)).toThrow(
      /a source that is not Genesys Cloud's partner event source \(my\.app\)/,
    );
    const misshapen = oauthClientEvent();
    delete (misshapen.detail as { eventBody: Record<string, unknown> }).eventBody.entity;
    expect(() => changesFromEventBridgeEvent(misshapen)).toThrow(/eventBody\.entity: /);
    const elsewhere = oauthClientEvent();
    (elsewhere.detail as { topicName: string }).topicName = "v2.audits.entitytype.OAuthClient.entityid.another";
    expect(() => changesFromEventBridgeEvent(elsewhere)).toThrow(
      /an audit event whose entity differs from its topic's/,
    );
    expect(() => changesFromEventBridgeEvent("not an event")).toThrow(/an EventBridge event of an unexpected shape/);
  });

  it("as a ChangeSource: the events in order, after the mark a restart passes", async () => {
    const [first, second] = [
      oauthClientEvent("11111111-0a67-4e8c-a27c-fd3ed9566094"),
      oauthClientEvent("22222222-0a67-4e8c-a27c-fd3ed9566094"),
    ];
    const reader = collect(new EventBridgeSource([first, second]), {
      id: "11111111-0a67-4e8c-a27c-fd3ed9566094",
      eventTime: "2021-05-31T09:49:25.000Z",
    });
    expect((await reader.until(1)).map((change) => change.id)).toEqual(["22222222-0a67-4e8c-a27c-fd3ed9566094"]);
    await reader.stop();
  });
});

describe("examples/eventbridge/handler.ts: the Lambda", () => {
  it("given the integration's event directly, hands its change on", async () => {
    const handle = vi.fn(async () => undefined);
    expect(await createHandler(handle)(oauthClientEvent())).toBeUndefined();
    expect(handle).toHaveBeenCalledWith([
      expect.objectContaining({ entityType: "OAuthClient", action: "Delete", organizationId: ORG }),
    ]);
  });

  it("given an SQS batch, names the messages it could not read or handle, so that SQS delivers them again", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handled: string[] = [];
    const handler = createHandler(async (changes) => {
      if (changes.some((change) => change.id.startsWith("33333333"))) throw new Error("register unavailable");
      handled.push(...changes.map((change) => change.id));
    });
    const response = await handler(
      sqsBatch(
        JSON.stringify(oauthClientEvent()),
        "{not json",
        JSON.stringify(oauthClientEvent("33333333-0a67-4e8c-a27c-fd3ed9566094")),
      ),
    );
    expect(handled).toEqual(["128b506d-0a67-4e8c-a27c-fd3ed9566094"]);
    expect(response).toEqual({
      batchItemFailures: [
        { itemIdentifier: "059f36b4-87a3-44ab-83d2-661970000001" },
        { itemIdentifier: "059f36b4-87a3-44ab-83d2-661970000002" },
      ],
    });
    expect(errors.mock.calls.map(([line]) => String(line))).toEqual([
      "dpia: SQS message 059f36b4-87a3-44ab-83d2-661970000001: a body that is not JSON",
      "dpia: SQS message 059f36b4-87a3-44ab-83d2-661970000002: register unavailable",
    ]);
    errors.mockRestore();
  });

  it("as deployed, logs one line per change: ids, types, action and time, nothing personal", async () => {
    const lines = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await handler(oauthClientEvent());
    expect(lines.mock.calls.map(([line]) => JSON.parse(String(line)) as unknown)).toEqual(
      changesFromEventBridgeEvent(oauthClientEvent()),
    );
    expect(String(lines.mock.calls[0]?.[0])).not.toMatch(/My OAuth Client|d7ff136e/);
    lines.mockRestore();
  });

  it("a direct event it cannot read fails the invocation (EventBridge retries it, then its dead-letter queue)", async () => {
    await expect(createHandler(async () => undefined)({ ...oauthClientEvent(), source: "my.app" })).rejects.toThrow(
      InputError,
    );
  });
});
