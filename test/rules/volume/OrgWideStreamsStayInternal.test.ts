import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";

const eventBridge = (topics: string[]) =>
  terraformJson({
    genesyscloud_integration: {
      events: {
        integration_type: "amazon-eventbridge-source",
        config: {
          name: "Events",
          properties: JSON.stringify({
            awsAccountId: "123456789012",
            awsAccountRegion: "eu-west-1",
            eventSourceSuffix: "cc",
            eventFilter: topics,
          }),
        },
      },
    },
  });

describe("GC-VOL-1 OrgWideStreamsStayInternal: no org-wide real-time conversation stream leaves Genesys", () => {
  test("Noncompliance: every conversation's end event to EventBridge", () => {
    const findings = findingsOf(eventBridge(["v2.detail.events.conversation.{id}.customer.end"]), "GC-VOL-1");
    expect(findings[0]!.message).toContain(
      "v2.detail.events.conversation.{id}.customer.end: every conversation of the org",
    );
  });
  test("Compliance: only flow aggregates", () => {
    expect(findingsOf(eventBridge(["v2.analytics.flow.{id}.aggregates"]), "GC-VOL-1")).toEqual([]);
  });
});
