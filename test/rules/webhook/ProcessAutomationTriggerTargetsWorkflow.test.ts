import { describe, expect, test } from "vitest";
import { assess, findingsAfterEdit, findingsOf, ref } from "../../helpers/assess-config";
import { trigger } from "../../helpers/rules/webhook";

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
    // Terraform refuses a trigger without a target block (the readers exit 2); the rule still names it.
    expect(() => assess(trigger(undefined))).toThrow(
      'genesyscloud_processautomation_trigger.t.target: at least 1 "target"',
    );
    const withoutTarget = findingsAfterEdit(
      trigger({ type: "Workflow", id: ref("genesyscloud_flow.wrap") }),
      "GC-HOOK-1",
      "genesyscloud_processautomation_trigger.t",
      (attributes) => delete attributes.target,
    );
    expect(withoutTarget[0]!.message).toBe("the trigger names no target");
  });
  test("Compliance: an Architect workflow", () => {
    expect(findingsOf(trigger({ type: "Workflow", id: ref("genesyscloud_flow.wrap") }), "GC-HOOK-1")).toEqual([]);
  });
});
