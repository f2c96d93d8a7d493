import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";
import { integration } from "../../helpers/rules/integration";

describe("GC-INT-3 EventTopicsRecognised: streamed topics are known", () => {
  const eventBridge = (topics: string[]) =>
    terraformJson(
      integration({
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
      }),
    );
  test("Noncompliance: an unknown topic on EventBridge", () => {
    expect(findingsOf(eventBridge(["v2.made.up.topic"]), "GC-INT-3")[0]!.message).toContain("v2.made.up.topic");
  });
  test("Noncompliance: an unknown topic on a process-automation trigger", () => {
    const config = terraformJson({
      genesyscloud_processautomation_trigger: {
        t: { name: "T", topic_name: "v2.unknown.{id}", enabled: true, target: [{ type: "Workflow", id: "x" }] },
      },
    });
    expect(findingsOf(config, "GC-INT-3")).toHaveLength(1);
  });
  test("Compliance: conversation detail events", () => {
    expect(findingsOf(eventBridge(["v2.detail.events.conversation.{id}.customer.end"]), "GC-INT-3")).toEqual([]);
  });
});
