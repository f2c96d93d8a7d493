// Regression (hostile review H2/H3/H5/H6): the same org id spelled in upper case (the EventBridge partner source regex accepts A-F) is
// refused as "another org", recorded with alerted:false: a real change of the watched org, not alerted.
import { expect, it } from "vitest";
import { changesFromEventBridgeEvent } from "../../src/watch/eventbridge-source";
import { triage } from "../../src/watch/triage";

const ORG = "23faea37-1117-4c0a-88a2-572c46780b03";
it("upper-case org id in the partner event source", () => {
  const [change] = changesFromEventBridgeEvent({
    id: "e1",
    "detail-type": "v2.audits.entitytype.{id}.entityid.{id}",
    source: `aws.partner/genesys.com/cloud/${ORG.toUpperCase()}/quickstart`,
    detail: {
      topicName: "v2.audits.entitytype.OAuthClient.entityid.c1",
      eventBody: {
        id: "ev1",
        serviceName: "PeoplePermissions",
        entityType: "OAuthClient",
        entity: { id: "c1" },
        action: "Update",
        eventTime: new Date().toISOString(),
      },
    },
  });
  const sorted = triage([change!], new Set(), ORG, new Date());
  expect(sorted.toAssess.length).toBe(1); // fails = refused as another org, not alerted
});
