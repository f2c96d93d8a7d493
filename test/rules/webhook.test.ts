import { describe, expect, test } from "vitest";
import { findingsOf, ref, terraformJson } from "../helpers/assess-config";

const trigger = (target: Record<string, unknown> | undefined, withFlow = true) =>
  terraformJson({
    ...(withFlow ? { genesyscloud_flow: { wrap: { filepath: "./flows/wrapup.yaml", file_content_hash: "abc" } } } : {}),
    genesyscloud_processautomation_trigger: {
      t: {
        name: "Wrap-up",
        topic_name: "v2.detail.events.conversation.{id}.customer.end",
        enabled: true,
        match_criteria: JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }]),
        ...(target ? { target } : {}),
      },
    },
  });

describe("GC-HOOK-1 ProcessAutomationTriggerTargetsWorkflow: events go to a target the gate knows", () => {
  test("Noncompliance: a target type the gate does not know", () => {
    expect(
      findingsOf(trigger({ type: "Lambda", id: "arn:aws:lambda:eu-west-1:123456789012:function:x" }), "GC-HOOK-1")[0]!
        .message,
    ).toContain('type "Lambda"');
  });
  test("Noncompliance: a target type hidden behind a variable, or no target", () => {
    expect(
      findingsOf(trigger({ type: "${var.target_type}", id: ref("genesyscloud_flow.wrap") }), "GC-HOOK-1"),
    ).toHaveLength(1);
    expect(findingsOf(trigger(undefined), "GC-HOOK-1")[0]!.message).toBe("the trigger names no target");
  });
  test("Compliance: an Architect workflow", () => {
    expect(findingsOf(trigger({ type: "Workflow", id: ref("genesyscloud_flow.wrap") }), "GC-HOOK-1")).toEqual([]);
  });
});

describe("GC-HOOK-2 ProcessAutomationTriggerWorkflowInConfiguration: the workflow is assessed with the trigger", () => {
  test("Noncompliance: a workflow named by its id", () => {
    expect(findingsOf(trigger({ type: "Workflow", id: "5b2f-guid" }, false), "GC-HOOK-2")[0]!.attribute).toBe(
      "target[0].id",
    );
  });
  test("Compliance: a genesyscloud_flow of this configuration", () => {
    expect(findingsOf(trigger({ type: "Workflow", id: ref("genesyscloud_flow.wrap") }), "GC-HOOK-2")).toEqual([]);
  });
});
