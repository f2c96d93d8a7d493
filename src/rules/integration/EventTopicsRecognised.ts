import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const EventTopicsRecognised = declareRule({
  id: "GC-INT-3",
  name: "EventTopicsRecognised",
  target: "resource",
  resourceTypes: ["genesyscloud_integration", "genesyscloud_processautomation_trigger"],
  severity: "High",
  description:
    "Every notification topic streamed by an EventBridge integration or a process-automation trigger is one the catalog knows.",
  rationale:
    "Topics decide which events, and so which personal data, leave in real time. An unknown topic is treated as carrying unknown data (fail closed).",
  remediation:
    "Use documented topic names (e.g. v2.detail.events.conversation.{id}.customer.end) or add the topic to the policy's topics.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "topic").map((unknown) => ({
      attribute: unknown.attribute,
      message: `topic "${unknown.value}" ${unknown.reason}`,
    }));
  },
});
