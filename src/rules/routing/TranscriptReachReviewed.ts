import { transcriptionMode } from "../../inventory/attributes/transcription-mode";
import { boolAt, firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { hasType } from "../../inventory/resource-type";

export const TranscriptReachReviewed = declareRule({
  id: "GC-RTE-2",
  name: "TranscriptReachReviewed",
  target: "resource",
  resourceTypes: ["genesyscloud_routing_settings", "genesyscloud_routing_queue"],
  severity: "Medium",
  description:
    "Transcript content search, low-latency transcript streaming and live audio monitoring are turned on only after review.",
  rationale:
    "Content search lets everyone with search permission find conversations by what customers said; low-latency transcription streams transcripts to every Notification API subscriber; audio monitoring lets supervisors listen to live calls. Each widens who receives the content (GDPR Art. 5(1)(b), Art. 25(2)); monitoring employees also needs Art. 88 and works-council review.",
  remediation:
    "Turn these on only where the purpose is recorded in the DPIA; limit the permissions that use them to named roles and divisions.",
  check(resource) {
    const found: Array<{ attribute: string; message: string }> = [];
    const on = (value: unknown) => value === true || value === "unknown";
    if (hasType(resource, "genesyscloud_routing_settings") && transcriptionMode(resource) !== "off") {
      const block = firstBlock(resource.attributes, "transcription");
      if (on(boolAt(block, "content_search_enabled")))
        found.push({
          attribute: "transcription.content_search_enabled",
          message: "transcripts are searchable by content across the org",
        });
      if (on(boolAt(block, "low_latency_transcription_enabled")))
        found.push({
          attribute: "transcription.low_latency_transcription_enabled",
          message: "transcripts stream in real time to Notification API subscribers",
        });
    }
    if (hasType(resource, "genesyscloud_routing_queue") && on(boolAt(resource.attributes, "enable_audio_monitoring"))) {
      found.push({ attribute: "enable_audio_monitoring", message: "supervisors can listen to the queue's live calls" });
    }
    return found;
  },
});
