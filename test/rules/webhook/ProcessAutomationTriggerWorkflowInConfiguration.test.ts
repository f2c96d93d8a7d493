import { describe, expect, test } from "vitest";
import { findingsOf, ref } from "../../helpers/assess-config";
import { trigger } from "../../helpers/rules/webhook";

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
